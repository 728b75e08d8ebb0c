package org.sitebinder.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitebinder.domain.IpAddress;

/**
 * The group keys an edit touched. For the keys whose findings are costly to redo (a port's
 * PROTOCOL_CONFLICT can name 76,000 bindings; a binding on All Unassigned can be served by
 * thousands of IP records) it also keeps what left the group and what joined it, so an update can
 * tell a group whose members came back exactly as they were (an edit of a host name, a site's
 * state) from one that really changed.
 */
final class Dirty {
    /** Per touched key: what left and joined it, or {@link #UNTRACKED}. */
    private final Map<Object, Change> changes = new HashMap<>();

    /**
     * The members that left and joined one group. An edit of one binding moves one member out and
     * back, so the first of each side is kept in a field and a set is made only for more.
     */
    private static final class Change {
        Object left;
        Object joined;
        Set<Object> moreLeft;
        Set<Object> moreJoined;

        void add(Object member, boolean join) {
            if (join) {
                if (joined == null) {
                    joined = member;
                } else {
                    moreJoined = more(moreJoined, joined, member);
                }
            } else if (left == null) {
                left = member;
            } else {
                moreLeft = more(moreLeft, left, member);
            }
        }

        private static Set<Object> more(Set<Object> set, Object first, Object member) {
            Set<Object> s = set != null ? set : new HashSet<>();
            s.add(first);
            s.add(member);
            return s;
        }

        boolean balanced() {
            if (moreLeft != null || moreJoined != null) {
                return moreLeft != null && moreLeft.equals(moreJoined);
            }
            return left != null && left.equals(joined);
        }
    }

    private static final Change UNTRACKED = new Change();

    /** The key's group changed in a way not tracked member by member. */
    void touch(Object key) {
        changes.put(key, UNTRACKED);
    }

    /** {@code member} joined ({@code add}) or left the key's group; equal members are the same member. */
    void member(Object key, Object member, boolean add) {
        Change change = changes.computeIfAbsent(key, k -> new Change());
        if (change != UNTRACKED) {
            change.add(member, add);
        }
    }

    /** What an update does with each touched key. */
    interface Visitor {
        /** @param unchanged every member that left the key's group joined it again, and nothing else did */
        void visit(Object key, boolean unchanged);
    }

    void forEach(Visitor visitor) {
        for (Map.Entry<Object, Change> e : changes.entrySet()) {
            Change change = e.getValue();
            visitor.visit(e.getKey(), change != UNTRACKED && change.balanced());
        }
    }

    int size() {
        return changes.size();
    }

    /**
     * A binding as its port's rules see it: its cell (listener and address) and whether it is an
     * https binding without SNI or CCS. Two equal entries put the same binding in the same place.
     */
    record PortMember(long ref, int listener, IpAddress ip, boolean plain) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PortMember m && m.ref == ref && m.listener == listener && m.plain == plain
                    && Objects.equals(m.ip, ip);
        }

        @Override
        public int hashCode() {
            return (Long.hashCode(ref) * 31 + listener) * 31 + Objects.hashCode(ip) + (plain ? 1 : 0);
        }
    }
}
