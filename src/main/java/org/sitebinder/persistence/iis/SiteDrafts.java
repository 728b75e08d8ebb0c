package org.sitebinder.persistence.iis;

import java.util.ArrayList;
import java.util.List;
import org.sitebinder.domain.Site;

/**
 * The sites a reader has finished, in document order, and the {@code <sites>} elements still open
 * around them: a {@code <sites>}'s {@code <applicationDefaults applicationPool>} applies to the sites
 * inside it that name no pool of their own, even when it comes after them. Shared by the StAX reader
 * and the UTF-8 fast path, so both apply the rule the same way.
 */
final class SiteDrafts {
    private final List<SiteDraft> drafts = new ArrayList<>();
    private final List<Scope> scopes = new ArrayList<>();

    private static final class Scope {
        final int depth;
        final int firstSite;
        String defaultPool;

        Scope(int depth, int firstSite) {
            this.depth = depth;
            this.firstSite = firstSite;
        }
    }

    /** A site element has ended. */
    void add(SiteDraft site) {
        drafts.add(site);
    }

    /** A {@code <sites>} element starts at {@code depth}. */
    void openSites(int depth) {
        scopes.add(new Scope(depth, drafts.size()));
    }

    /** Whether an {@code <applicationDefaults>} at {@code depth} belongs to the innermost open {@code <sites>}. */
    boolean isDefaultsOfInnermostSites(int depth) {
        return !scopes.isEmpty() && scopes.get(scopes.size() - 1).depth == depth - 1;
    }

    /** The innermost open {@code <sites>}'s default pool. */
    void setDefaultPool(String pool) {
        scopes.get(scopes.size() - 1).defaultPool = pool;
    }

    /** An element outside any site ends at {@code depth}: when it is a {@code <sites>}, its sites inherit its pool. */
    void close(int depth) {
        if (scopes.isEmpty() || scopes.get(scopes.size() - 1).depth != depth) {
            return;
        }
        Scope scope = scopes.remove(scopes.size() - 1);
        for (int i = scope.firstSite; i < drafts.size(); i++) {
            drafts.get(i).inheritPool(scope.defaultPool);
        }
    }

    /** The sites, named by position where they have neither name nor id. */
    List<Site> sites() {
        List<Site> sites = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            sites.add(drafts.get(i).build(i + 1));
        }
        return sites;
    }
}
