package org.sitebinder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's hash table must behave like a map of sorted sets through any mix of adds and removes
 * (growth and backward-shift deletion are where open addressing goes wrong), or buckets would lose
 * bindings and conflicts would go unreported.
 */
class KeyTableTest {

    @ParameterizedTest(name = "ignoreCase={0}")
    @ValueSource(booleans = {false, true})
    void behavesLikeAMapOfSortedSets(boolean ignoreCase) {
        Random random = new Random(7);
        KeyTable table = new KeyTable(4, ignoreCase);
        Map<String, TreeSet<Long>> reference = new HashMap<>();
        String[] texts = {"a", "A", "b", "site1.example", "SITE1.example", "", "x", "y", "z", "w"};
        for (int step = 0; step < 20_000; step++) {
            long number = random.nextInt(40);
            String text = texts[random.nextInt(texts.length)];
            long ref = random.nextInt(6);
            String key = number + "|" + (ignoreCase ? text.toLowerCase(Locale.ROOT) : text);
            if (random.nextInt(3) > 0) {
                table.add(number, text, ref);
                reference.computeIfAbsent(key, k -> new TreeSet<>()).add(ref);
            } else {
                table.remove(number, text, ref);
                TreeSet<Long> set = reference.get(key);
                if (set != null) {
                    set.remove(ref);
                    if (set.isEmpty()) {
                        reference.remove(key);
                    }
                }
            }
        }
        assertThat(table.size()).isEqualTo(reference.size());
        reference.forEach((key, set) -> {
            int bar = key.indexOf('|');
            int slot = table.find(Long.parseLong(key.substring(0, bar)), key.substring(bar + 1));
            assertThat(slot).as(key).isNotNegative();
            List<Long> members = new ArrayList<>();
            for (long m : table.members(slot)) {
                members.add(m);
            }
            assertThat(members).as(key).containsExactlyElementsOf(set);
        });
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {0, 1, 7, 5_000, 70_000})
    void addingAllAtOnceGivesWhatAddingOneByOneGives(int n) {
        Random random = new Random(n);
        long[] numbers = new long[n];
        String[] texts = new String[n];
        long[] refs = new long[n];
        KeyTable.Batch batch = new KeyTable.Batch(1); // starts small and grows
        for (int k = 0; k < n; k++) {
            numbers[k] = random.nextInt(50);
            texts[k] = "h" + random.nextInt(Math.max(1, n / 3)); // about a third of the keys repeat
            refs[k] = ((long) random.nextInt(1000) << 32) | random.nextInt(4);
            batch.add(numbers[k], texts[k], refs[k]);
        }
        KeyTable oneByOne = new KeyTable(8, false);
        for (int k = 0; k < n; k++) {
            oneByOne.add(numbers[k], texts[k], refs[k]);
        }
        KeyTable atOnce = new KeyTable(8, false); // smaller than n: addAll grows first
        atOnce.add(99, "before", 1);
        atOnce.addAll(batch);

        assertThat(atOnce.size()).isEqualTo(oneByOne.size() + 1);
        assertThat(atOnce.setSize(atOnce.find(99, "before"))).isEqualTo(1);
        for (int k = 0; k < n; k++) {
            assertThat(atOnce.members(atOnce.find(numbers[k], texts[k])))
                    .containsExactly(oneByOne.members(oneByOne.find(numbers[k], texts[k])));
        }
        assertThat(keysOf(atOnce, atOnce.sharedSlots())).isEqualTo(keysOf(oneByOne, oneByOne.sharedSlots()));
    }

    private static TreeSet<String> keysOf(KeyTable table, int[] slots) {
        TreeSet<String> keys = new TreeSet<>();
        for (int slot : slots) {
            keys.add(table.number(slot) + "|" + table.text(slot));
        }
        return keys;
    }

    @Test
    void ignoringCaseFindsEitherSpelling() {
        KeyTable names = new KeyTable(2, true);
        names.add(0, "Shop", 1);
        names.add(0, "SHOP", 2);
        assertThat(names.size()).isEqualTo(1);
        assertThat(names.setSize(names.find(0, "shop"))).isEqualTo(2);
        assertThat(new KeyTable(2, false).find(0, "shop")).isNegative();
    }
}
