package org.sitebinder.engine;

import java.util.Arrays;
import java.util.List;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.IpAddress;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;

/**
 * The members of one conflict group in document order, with what a finding lists about them: site
 * names (each site once), {@code protocol bindingInformation}, positions.
 */
final class Group {
    final ServerDocument document;
    final long[] refs;
    /** Positions of the sites, each once, in document order. */
    final int[] siteIndexes;
    /** The names of those sites. */
    final List<String> sites;
    /** Those sites. */
    private final Site[] siteObjects;

    /** @param refs binding refs, sorted */
    Group(ServerDocument document, long[] refs) {
        this.document = document;
        this.refs = refs;
        int[] indexes = new int[refs.length];
        int count = 0;
        int last = -1;
        for (long ref : refs) {
            int s = Refs.site(ref);
            if (s != last) {
                indexes[count++] = s;
                last = s;
            }
        }
        siteIndexes = count == indexes.length ? indexes : Arrays.copyOf(indexes, count);
        siteObjects = new Site[count];
        String[] names = new String[count];
        for (int k = 0; k < count; k++) {
            siteObjects[k] = document.sites().get(siteIndexes[k]);
            names[k] = siteObjects[k].name();
        }
        sites = Frozen.texts(names);
    }

    /** A group of whole sites (DUPLICATE_SITE), sorted. */
    Group(ServerDocument document, int[] siteIdx) {
        this.document = document;
        this.refs = new long[0];
        this.siteIndexes = siteIdx.clone();
        this.siteObjects = new Site[0];
        String[] names = new String[siteIdx.length];
        for (int i = 0; i < siteIdx.length; i++) {
            names[i] = document.sites().get(siteIdx[i]).name();
        }
        sites = Frozen.texts(names);
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

    Finding finding(Code code, String endpoint, String message) {
        return new Finding(code, code.severity(), sites, endpoint, Frozen.displays(siteObjects, siteIndexes, refs),
                message, Frozen.ints(siteIndexes), Frozen.refs(refs));
    }

    /** 'A', 'A' and 'B', 'A', 'B' and 'C'; long lists end with "and N more". */
    String siteList() {
        return Words.quotedList(sites);
    }
}
