package org.hep.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers a text may write out in words, in English, French and Spanish, and what they are worth. */
final class NumberWords {
    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("sixty", 60),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("soixante", 60),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5),
            Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9),
            Map.entry("diez", 10), Map.entry("doce", 12), Map.entry("quince", 15), Map.entry("veinte", 20),
            Map.entry("treinta", 30), Map.entry("sesenta", 60));

    /** The words, longest first, so a pattern built from them takes "sixty" whole rather than "six". */
    static final List<String> WORDS = VALUES.keySet().stream().sorted(new LongestFirst()).toList();

    /**
     * Longer words first, then in their natural order. A class of its own: the JDK's comparator
     * combinators make their lambdas anew at each start, since the start-up archive keeps none.
     */
    private static final class LongestFirst implements java.util.Comparator<String> {
        @Override
        public int compare(String a, String b) {
            int byLength = Integer.compare(b.length(), a.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
    }

    private NumberWords() {
    }

    /** {min, max} of "10", "1,5", "10-15", "10 to 15", "ten". */
    static double[] value(String number) {
        String n = number.strip().toLowerCase(Locale.ROOT);
        Integer word = VALUES.get(n);
        if (word != null) {
            return new double[] {word, word};
        }
        String[] ends = n.split("\\s*(?:-|–|to|à|a)\\s*");
        double min = Double.parseDouble(ends[0].replace(',', '.'));
        double max = ends.length > 1 ? Double.parseDouble(ends[1].replace(',', '.')) : min;
        return new double[] {min, max};
    }
}
