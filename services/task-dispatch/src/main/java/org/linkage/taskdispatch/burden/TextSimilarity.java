package org.linkage.taskdispatch.burden;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two Chinese texts are: the Jaccard index of their character-bigram sets, after
 * normalising both (full-width → half-width and other compatibility forms by NFKC, Latin lower-cased,
 * punctuation and whitespace dropped) and removing the boilerplate of official notices (关于…的通知,
 * 请…, …工作), which says nothing about what is asked. Bigrams tolerate reordered clauses and
 * inserted particles far better than edit distance does, and need no word segmentation.
 */
public final class TextSimilarity {

    /** Longest first, so "进一步" goes before any shorter word inside it. */
    private static final List<String> BOILERPLATE = List.of("进一步", "关于", "通知", "做好", "切实", "工作", "请", "的");

    private TextSimilarity() {
    }

    /** 0 (nothing in common) to 1 (the same after normalising). */
    public static double similarity(String a, String b) {
        Set<String> left = bigrams(normalise(a));
        Set<String> right = bigrams(normalise(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return (double) common.size() / union.size();
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        String result = kept.toString();
        for (String word : BOILERPLATE) {
            result = result.replace(word, "");
        }
        return result;
    }

    static Set<String> bigrams(String text) {
        int[] points = text.codePoints().toArray();
        Set<String> grams = new HashSet<>();
        if (points.length == 1) {
            grams.add(new String(points, 0, 1));
        }
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        return grams;
    }
}
