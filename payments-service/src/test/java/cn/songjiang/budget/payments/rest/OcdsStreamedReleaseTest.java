package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fiscal-year package writes its releases with the streaming generator (OcdsReleaseJson), the contract package
 * with the object mapper: the two texts of a release have the same keys in the same order and the same values.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class OcdsStreamedReleaseTest {

    // Amounts read exactly, so 300000.00 and 300000 differ.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Test
    void aStreamedReleaseIsTheMappersTextKeyForKey() throws Exception {
        TestProject project = TestProject.withBudget("2000000.00").register();
        LocalDate signed = today().minusDays(90);
        TestContract contract = TestContract.of(project, "1000000.00").supplierSize("MICRO").signed(signed)
                .period(signed, signed.plusYears(2)).register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"installments\":["
                + "{\"percent\":12.5,\"trigger\":\"CONTRACT_SIGNED\",\"clauseText\":\"签订后支付 \\\"首付款\\\"\"},"
                + "{\"percent\":87.5,\"trigger\":\"FINAL_ACCEPTANCE\"}]}");
        long first = installmentId(plan, 1);
        long last = installmentId(plan, 2);
        pay(first, UUID.randomUUID().toString(), "125000.00", today().minusDays(20)).statusCode(201);
        recordEvent(last, "FINAL_ACCEPTANCE", today().minusDays(3)).statusCode(201);
        long reversed = pay(last, UUID.randomUUID().toString(), "5000.00", today()).statusCode(201)
                .extract().jsonPath().getLong("id");
        as("finance").body("{\"reason\":\"退票\"}").when().post("/api/v1/payments/" + reversed + "/reversal")
                .then().statusCode(200);

        JsonNode single = MAPPER.readTree(as("viewer").when().get("/api/v1/ocds/releases?contractId=" + contract.id)
                .then().statusCode(200).extract().asString()).get("releases").get(0);
        JsonNode streamed = null;
        for (JsonNode release : MAPPER.readTree(as("viewer").when()
                .get("/api/v1/ocds/release-packages/" + TestProject.FISCAL_YEAR).then().statusCode(200).extract()
                .asString()).get("releases")) {
            if (release.at("/contracts/0/id").asText().equals("C" + contract.id)) {
                streamed = release;
            }
        }

        assertNotNull(streamed);
        // The parsed trees keep the order of the keys, so their texts differ if the order does.
        assertEquals(MAPPER.writeValueAsString(single), MAPPER.writeValueAsString(streamed));
        assertEquals(3, streamed.at("/contracts/0/implementation/transactions").size());
        assertNotNull(streamed.at("/contracts/0/implementation/milestones/1/documents/0/datePublished").textValue());
    }
}
