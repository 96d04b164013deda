package cn.songjiang.budget.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.procurement.domain.CreditCode.InvalidCreditCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The worked example printed in GB 32100-2015 itself. */
    static final String STANDARD_EXAMPLE = "91350100M000100Y43";
    /** An enterprise registered by the Songjiang market regulator (310117); check character computed by hand. */
    static final String SONGJIANG_ENTERPRISE = "91310117MA1J3B7K2M";
    /** A 事业单位 registered by the 机构编制 authority (1, 2). */
    static final String PUBLIC_INSTITUTION = "12310117425034102B";
    /** A social organisation registered by 民政 (5, 2); check character 1. */
    static final String SOCIAL_ORGANISATION = "52310117MJ49901231";

    @ParameterizedTest
    @ValueSource(strings = {STANDARD_EXAMPLE, SONGJIANG_ENTERPRISE, PUBLIC_INSTITUTION, SOCIAL_ORGANISATION})
    void acceptsCodesWhoseCheckCharacterMatches(String code) {
        assertEquals(code, CreditCode.of(code).value());
    }

    @Test
    void computesTheCheckCharacterOfTheStandardExample() {
        assertEquals('3', CreditCode.checkCharacter(STANDARD_EXAMPLE.substring(0, 17)));
        assertEquals('M', CreditCode.checkCharacter(SONGJIANG_ENTERPRISE.substring(0, 17)));
    }

    @Test
    void readsLowerCaseAndSurroundingBlanksAsTheCanonicalCode() {
        assertEquals(SONGJIANG_ENTERPRISE, CreditCode.of("  91310117ma1j3b7k2m ").value());
    }

    @Test
    void refusesAMissingCode() {
        assertReason(null, "required");
        assertReason("   ", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310117MA1J3B7K2", "91310117MA1J3B7K2M0", "913101"})
    void refusesAWrongLength(String code) {
        assertReason(code, "18 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310117MA1J3B7KIM", "91310117MA1J3B7KOM", "91310117MA1J3B7KSM", "91310117MA1J3B7KVM",
            "91310117MA1J3B7KZM", "91310117MA1J3B7K-M", "91310117MA1J3B7K２M", "91310117MA1J3B7K松M"})
    void refusesCharactersOutsideTheCodeAlphabet(String code) {
        assertReason(code, "not allowed");
    }

    @Test
    void refusesLettersInTheAdministrativeDivisionCode() {
        assertReason("9131011A7MA1J3B7K2", "administrative division");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertReason("91310117MA1J3B7K2N", "check character is 'N' but GB 32100-2015 gives 'M'");
    }

    @Test
    void refusesTwoSwappedCharactersThroughTheCheckCharacter() {
        assertReason("91310117AM1J3B7K2M", "check character");
        assertReason("19310117MA1J3B7K2M", "check character");
    }

    private static void assertReason(String code, String expectedPart) {
        InvalidCreditCodeException e = assertThrows(InvalidCreditCodeException.class, () -> CreditCode.of(code));
        assertTrue(e.getMessage().contains(expectedPart), () -> "reason was: " + e.getMessage());
    }
}
