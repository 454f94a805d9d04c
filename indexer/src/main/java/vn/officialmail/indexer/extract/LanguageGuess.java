package vn.officialmail.indexer.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Vietnamese from English text by their commonest words, with or without diacritics. The mail
 * this gateway sees is Vietnamese or English; anything else is reported as unknown rather than
 * guessed. Cheap enough to run on every part.
 */
final class LanguageGuess {

    /** Frequent Vietnamese function words, tone marks folded (so "của" and "cua" both count). */
    private static final Set<String> VIETNAMESE = Set.of(
            "cua", "va", "cac", "la", "duoc", "cho", "nguoi", "khong", "co", "nhung", "trong", "voi", "nay", "mot",
            "ve", "theo", "tai", "nam", "ngay", "thang", "nghi", "dong", "chi", "hop");

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "are", "be", "this", "by", "as", "at",
            "from", "it", "or", "an", "we", "you", "will", "please");

    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int SAMPLE_CHARS = 20_000;
    private static final int MIN_HITS = 3;

    private LanguageGuess() {}

    /**
     * Guesses the language of a text.
     *
     * @param text any text
     * @return {@code vi}, {@code en}, or empty when too little text or neither
     */
    static String of(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String folded = MARKS.matcher(Normalizer.normalize(sample.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd');
        int vietnamese = 0;
        int english = 0;
        for (String word : WORD.split(folded)) {
            if (VIETNAMESE.contains(word)) {
                vietnamese++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (Math.max(vietnamese, english) < MIN_HITS) {
            return "";
        }
        return vietnamese >= english ? "vi" : "en";
    }
}
