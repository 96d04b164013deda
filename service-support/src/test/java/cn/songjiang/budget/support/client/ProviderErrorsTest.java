package cn.songjiang.budget.support.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which provider answers and failures clients retry and count, and which they do not. */
class ProviderErrorsTest {

    private final ProviderErrors errors = new ProviderErrors();

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void aGatewayOrUnavailableAnswerIsTheProviderBeingDown(int status) {
        assertTrue(errors.handles(status, null));

        ProviderDown down = assertInstanceOf(ProviderDown.class, errors.toThrowable(Response.status(status).build()));

        assertEquals(status, down.status());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 501})
    void anyOtherErrorAnswerIsAProviderErrorThatKeepsItsAnswer(int status) {
        assertTrue(errors.handles(status, null));

        ProviderError error = assertInstanceOf(ProviderError.class, errors.toThrowable(Response.status(status).build()));

        assertEquals(status, error.status());
        assertEquals(status, error.getResponse().getStatus());
    }

    @Test
    void aSuccessfulAnswerIsNotAnError() {
        assertEquals(false, errors.handles(200, null));
        assertEquals(false, errors.handles(304, null));
    }

    @Test
    void aCallThatGotNoAnswerIsTheProviderBeingDown() {
        ProviderDown down = assertThrows(ProviderDown.class, () -> ProviderCalls.read(() -> {
            throw new ProcessingException(new ConnectException("Connection refused"));
        }));

        assertEquals(0, down.status());
    }

    @Test
    void aNotFoundAnswerIsEmptyAndAnyOtherErrorStaysAnError() {
        Optional<Object> missing = ProviderCalls.optional(() -> {
            throw new ProviderError(Response.status(404).build());
        });
        assertTrue(missing.isEmpty());

        assertThrows(ProviderError.class, () -> ProviderCalls.optional(() -> {
            throw new ProviderError(Response.status(403).build());
        }));
    }
}
