package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;

/**
 * The members of one conflict group in document order, with what a finding lists about them: site
 * names (each site once), {@code protocol bindingInformation}, positions.
 */
final class Group {
    final ServerDocument document;
    final long[] refs;
    final List<Integer> siteIndexes = new ArrayList<>();
    final List<String> sites = new ArrayList<>();

    /** @param refs binding refs, sorted */
    Group(ServerDocument document, long[] refs) {
        this.document = document;
        this.refs = refs;
        int last = -1;
        for (long ref : refs) {
            int s = Refs.site(ref);
            if (s != last) {
                siteIndexes.add(s);
                sites.add(document.sites().get(s).name());
                last = s;
            }
        }
    }

    /** A group of whole sites (DUPLICATE_SITE), sorted. */
    Group(ServerDocument document, int[] siteIdx) {
        this.document = document;
        this.refs = new long[0];
        for (int s : siteIdx) {
            siteIndexes.add(s);
            sites.add(document.sites().get(s).name());
        }
    }

    Binding binding(long ref) {
        return document.sites().get(Refs.site(ref)).bindings().get(Refs.binding(ref));
    }

    String siteName(long ref) {
        return document.sites().get(Refs.site(ref)).name();
    }

    Binding first() {
        return binding(refs[0]);
    }

    /** The {@code IP:port} of the bindings, {@code *} when they mix addresses. */
    String endpoint() {
        Binding first = first();
        IpAddress ip = first.address().ip();
        for (long ref : refs) {
            if (!binding(ref).address().ip().equals(ip)) {
                ip = IpAddress.ANY;
                break;
            }
        }
        return Endpoints.ipPort(ip, first.address().port());
    }

    /** Whether every binding is on one address; {@link #endpoint()} says which. */
    boolean mixedAddresses() {
        IpAddress ip = first().address().ip();
        for (long ref : refs) {
            if (!binding(ref).address().ip().equals(ip)) {
                return true;
            }
        }
        return false;
    }

    Finding finding(Code code, String endpoint, String message) {
        List<String> bindings = new ArrayList<>(refs.length);
        List<BindingRef> bindingRefs = new ArrayList<>(refs.length);
        for (long ref : refs) {
            bindings.add(binding(ref).display());
            bindingRefs.add(Refs.toBindingRef(ref));
        }
        return new Finding(code, code.severity(), sites, endpoint, bindings, message, siteIndexes, bindingRefs);
    }

    /** 'A', 'A' and 'B', 'A', 'B' and 'C'; long lists end with "and N more". */
    String siteList() {
        return Words.quotedList(sites);
    }
}
