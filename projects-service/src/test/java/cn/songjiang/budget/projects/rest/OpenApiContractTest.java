package cn.songjiang.budget.projects.rest;

import cn.songjiang.budget.support.testing.OpenApiDocument;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The API this service serves is exactly the one committed in openapi/openapi.yaml. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedOne() {
        OpenApiDocument.assertServedMatchesCommitted();
    }

    @Test
    void everyMethodAPathLacksIs405WithAllow() {
        OpenApiDocument.assertEveryMissingMethodIs405WithAllow();
    }
}
