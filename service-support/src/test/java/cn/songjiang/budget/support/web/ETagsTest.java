package cn.songjiang.budget.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
