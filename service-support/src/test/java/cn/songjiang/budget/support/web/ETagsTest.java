package cn.songjiang.budget.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void theETagOfABodyIsStrongAndTheSameForTheSameBytesOnly() {
        EntityTag tag = ETags.ofContent("{\"total\":1}".getBytes(StandardCharsets.UTF_8));

        assertFalse(tag.isWeak());
        assertTrue(tag.getValue().matches("[A-Za-z0-9_-]{22}"), tag.getValue());
        assertEquals(tag, ETags.ofContent("{\"total\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, ETags.ofContent("{\"total\":2}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anIfNoneMatchUpToTheDocumentedLengthPassesALongerOneIsABadRequestNamingTheHeader() {
        ETags.checkIfNoneMatch(null);
        ETags.checkIfNoneMatch("x".repeat(ETags.MAX_IF_NONE_MATCH));

        ApiProblem refused = assertThrows(ApiProblem.class,
                () -> ETags.checkIfNoneMatch("x".repeat(ETags.MAX_IF_NONE_MATCH + 1)));
        assertEquals(400, refused.status());
        assertEquals("If-None-Match", refused.problem().violations().get(0).field());
    }
}
