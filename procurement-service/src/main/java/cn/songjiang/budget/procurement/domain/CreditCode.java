package cn.songjiang.budget.procurement.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A 统一社会信用代码 (unified social credit code) that passed the checks of GB 32100-2015.
 *
 * <p>The code has 18 characters from a 31-character alphabet (digits and upper-case letters without I, O, S,
 * V, Z): registration authority (1), entity category (1), administrative division of the registering
 * authority (6 digits, GB/T 2260), entity identifier (9, GB 11714) and a check character. The check
 * character is {@code 31 - (Σ value(cᵢ) × wᵢ mod 31)} over the first 17 characters with
 * {@code wᵢ = 3^(i-1) mod 31}, mapped back through the alphabet (31 maps to 0).
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    public CreditCode {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidCreditCodeException(problem.get());
        }
    }

    /** Reads a code as people type it: surrounding blanks are dropped and letters are upper-cased. */
    public static CreditCode of(String raw) {
        return new CreditCode(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Why {@code candidate} (already normalised) is not a valid code, or empty when it is one. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of("is required");
        }
        if (candidate.length() != LENGTH) {
            return Optional.of("must have 18 characters, not " + candidate.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = candidate.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of("character " + (i + 1) + " '" + c
                        + "' is not allowed (digits and letters other than I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return Optional.of("characters 3-8 must be the six-digit administrative division code");
            }
        }
        char expected = checkCharacter(candidate.substring(0, LENGTH - 1));
        if (candidate.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character is '" + candidate.charAt(LENGTH - 1) + "' but GB 32100-2015 gives '"
                    + expected + "'");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the code alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return value;
    }

    /** A string that is not a valid 统一社会信用代码; the message says why. */
    public static class InvalidCreditCodeException extends IllegalArgumentException {

        public InvalidCreditCodeException(String reason) {
            super(reason);
        }
    }
}
