package org.sitebinder.persistence.iis;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy per distinct value within one read: a 100,000-site file repeats "http", "https" and a few
 * pool names hundreds of thousands of times. Local to a read, unlike {@link String#intern()}.
 */
final class StringPool {
    private final Map<String, String> pool = new HashMap<>();

    String of(String s) {
        if (s == null) {
            return null;
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
