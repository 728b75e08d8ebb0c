package org.sitebinder.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The group keys an edit touched. For the keys whose findings are costly to redo (a port's
 * PROTOCOL_CONFLICT can name 76,000 bindings; a catch-all binding is served by thousands of IP
 * records) it also keeps what left the group and what joined it, so an update can tell a group
 * whose members came back exactly as they were (an edit of a host name, a site's state) from one
 * that really changed.
 */
final class Dirty {
    private final Set<Object> keys = new HashSet<>();
    private final Set<Object> untracked = new HashSet<>();
    private final Map<Object, Set<Object>> left = new HashMap<>();
    private final Map<Object, Set<Object>> joined = new HashMap<>();

    /** The key's group changed in a way not tracked member by member. */
    void touch(Object key) {
        keys.add(key);
        untracked.add(key);
    }

    /** {@code member} joined ({@code add}) or left the key's group; equal members are the same member. */
    void member(Object key, Object member, boolean add) {
        keys.add(key);
        (add ? joined : left).computeIfAbsent(key, k -> new HashSet<>()).add(member);
    }

    Set<Object> keys() {
        return keys;
    }

    /** Whether every member that left the key's group joined it again, and nothing else did. */
    boolean unchanged(Object key) {
        return !untracked.contains(key) && Objects.equals(left.get(key), joined.get(key));
    }

    /**
     * A binding as its port's rules see it: its cell (listener and address) and whether it is an
     * https binding without SNI or CCS. Two equal entries put the same binding in the same place.
     */
    record PortMember(long ref, int listener, Object ip, boolean plain) {
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
