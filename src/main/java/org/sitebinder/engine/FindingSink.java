package org.sitebinder.engine;

import java.util.ArrayList;
import java.util.List;

/** Where the rules put the findings of one group. */
final class FindingSink {
    final List<Ranked> items = new ArrayList<>();

    void add(Finding finding) {
        items.add(new Ranked(finding, 0));
    }

    void add(Finding finding, int tie) {
        items.add(new Ranked(finding, tie));
    }

    void clear() {
        items.clear();
    }
}
