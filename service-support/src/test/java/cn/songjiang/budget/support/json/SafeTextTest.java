package cn.songjiang.budget.support.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void bodyTextMayHoldTabAndLineBreaksButNoOtherControlCharacter() {
        assertFalse(SafeText.hasControlInBody("第一行\r\n第二行\t完"));
        assertTrue(SafeText.hasControlInBody("a\u0000b"));
        assertTrue(SafeText.hasControlInBody("\u007f"));
        assertTrue(SafeText.hasControlInBody("\u0085"));
    }

    @Test
    void parametersMayHoldNoControlCharacterAtAll() {
        assertTrue(SafeText.hasControl("a\tb"));
        assertFalse(SafeText.hasControl("松江 2026"));
    }

    @Test
    void logTextCarriesControlCharactersEscaped() {
        assertEquals("/api/v1/projects/a\\u0000b\\u000a", SafeText.escaped("/api/v1/projects/a\u0000b\n"));
        assertEquals("plain", SafeText.escaped("plain"));
    }
}
