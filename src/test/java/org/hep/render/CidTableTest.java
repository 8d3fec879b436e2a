package org.hep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A subset's table of character ids answers as the map it was made from, -1 where the map has none. */
class CidTableTest {
    @Test
    void answersAsTheMap() {
        Random random = new Random(5);
        int[] ranges = {0x80, 0x2000, 0x3000, 0x3001, 0x10000, 0x1F600};
        for (int round = 0; round < 50; round++) {
            Map<Integer, Integer> cids = new HashMap<>();
            int top = ranges[random.nextInt(ranges.length)];
            for (int i = random.nextInt(300); i > 0; i--) {
                cids.put(random.nextInt(top + 1), random.nextInt(700));
            }
            CidTable table = new CidTable(cids);
            for (int cp = 0; cp < 0x20000; cp++) {
                Integer cid = cids.get(cp);
                assertEquals(cid == null ? -1 : cid, table.get(cp), "U+" + Integer.toHexString(cp));
            }
        }
    }
}
