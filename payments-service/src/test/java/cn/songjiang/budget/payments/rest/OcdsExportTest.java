package cn.songjiang.budget.payments.rest;

import static cn.songjiang.budget.payments.testing.Api.as;
import static cn.songjiang.budget.payments.testing.Api.installmentId;
import static cn.songjiang.budget.payments.testing.Api.pay;
import static cn.songjiang.budget.payments.testing.Api.planId;
import static cn.songjiang.budget.payments.testing.Api.recordEvent;
import static cn.songjiang.budget.payments.testing.Api.today;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.payments.testing.Json;
import cn.songjiang.budget.payments.testing.ProviderDoubles;
import cn.songjiang.budget.payments.testing.TestContract;
import cn.songjiang.budget.payments.testing.TestProject;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OCDS export validates against the official OCDS 1.1.5 release schema (copied unchanged into
 * src/test/resources/ocds, see SOURCE.txt), and against that schema with the declared local extension applied.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProviderDoubles.class)
class OcdsExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RELEASES = "/api/v1/ocds/releases";
    private static final String EXTENSION = "/api/v1/ocds/extensions/installment-value";
    private TestContract contract;
    private long reversedPayment;

    @BeforeEach
    void contractWithMilestonesAndPayments() {
        TestProject project = TestProject.withBudget("3000000.00").named("松江区政务外网驻场运维服务项目").register();
        LocalDate signed = today().minusDays(60);
        contract = TestContract.of(project, "1000000.01").supplierSize("SMALL").signed(signed)
                .period(signed, signed.plusYears(1)).register();
        long plan = planId("{\"contractId\":" + contract.id + ",\"installments\":["
                + "{\"percent\":30,\"trigger\":\"CONTRACT_SIGNED\",\"clauseText\":\"项目合同签订后，支付合同总价的30%\"},"
                + "{\"percent\":40,\"trigger\":\"FIXED_DATE\",\"clauseText\":\"11月上旬（财政关账前）支付40%\"},"
                + "{\"percent\":30,\"trigger\":\"FINAL_ACCEPTANCE\",\"clauseText\":\"结束服务期并通过验收后支付剩余的30%\"}]}");
        long first = installmentId(plan, 1);
        long last = installmentId(plan, 3);
        pay(first, UUID.randomUUID().toString(), "300000.00", today().minusDays(40)).statusCode(201);
        recordEvent(last, "FINAL_ACCEPTANCE", today().minusDays(5)).statusCode(201);
        reversedPayment = pay(last, UUID.randomUUID().toString(), "100000.00", today()).statusCode(201)
                .extract().jsonPath().getLong("id");
        as("finance").body("{\"reason\":\"银行退票\"}").when().post("/api/v1/payments/" + reversedPayment + "/reversal")
                .then().statusCode(200);
    }

    @Test
    void contractReleaseValidatesAgainstTheOfficialSchema() {
        JsonNode pkg = releasePackage(contract.id);

        for (JsonNode release : pkg.get("releases")) {
            Set<ValidationMessage> errors = officialSchema().validate(release);
            assertTrue(errors.isEmpty(), errors::toString);
        }
        assertEquals(1, pkg.get("releases").size());
        assertEquals("1.1", pkg.get("version").asText());
    }

    @Test
    void installmentAmountsAreInTheDeclaredExtensionField() {
        JsonNode pkg = releasePackage(contract.id);
        JsonNode release = pkg.get("releases").get(0);

        assertTrue(pkg.get("extensions").get(0).asText().endsWith(EXTENSION + "/extension.json"));
        Set<ValidationMessage> errors = extendedSchema().validate(release);
        assertTrue(errors.isEmpty(), errors::toString);
        JsonNode milestones = release.at("/contracts/0/implementation/milestones");
        assertEquals(3, milestones.size());
        assertEquals(new BigDecimal("300000.00"), milestones.get(0).at("/installmentValue/amount").decimalValue());
        assertEquals(new BigDecimal("400000.00"), milestones.get(1).at("/installmentValue/amount").decimalValue());
        assertEquals(new BigDecimal("300000.01"), milestones.get(2).at("/installmentValue/amount").decimalValue());
        assertEquals("CNY", milestones.get(0).at("/installmentValue/currency").asText());
        assertEquals("met", milestones.get(0).get("status").asText());
        assertEquals("payment", milestones.get(0).get("type").asText());
        assertEquals("2026-11-10T00:00:00+08:00", milestones.get(1).get("dueDate").asText());
    }

    @Test
    void paymentsAreTransactionsAndAReversalACorrectingOne() {
        JsonNode transactions = releasePackage(contract.id).at("/releases/0/contracts/0/implementation/transactions");

        assertEquals(3, transactions.size());
        assertEquals(new BigDecimal("300000.00"), transactions.get(0).at("/value/amount").decimalValue());
        JsonNode reversal = transactions.get(2);
        assertEquals("P" + reversedPayment + "-reversal", reversal.get("id").asText());
        assertEquals(new BigDecimal("-100000.00"), reversal.at("/value/amount").decimalValue());
    }

    @Test
    void fiscalYearPackageHoldsTheContractAndValidates() {
        JsonNode pkg = Json.read(as("viewer").when().get("/api/v1/ocds/release-packages/2026")
                .then().statusCode(200).extract().asString());

        boolean found = false;
        for (JsonNode release : pkg.get("releases")) {
            Set<ValidationMessage> errors = officialSchema().validate(release);
            assertTrue(errors.isEmpty(), errors::toString);
            found |= release.at("/contracts/0/id").asText().equals("C" + contract.id);
        }
        assertTrue(found);
    }

    @Test
    void streamedFiscalYearPackageHasTheShapeOfTheContractPackage() {
        String body = as("viewer").when().get("/api/v1/ocds/release-packages/2026").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        JsonNode year = Json.read(body);
        JsonNode single = releasePackage(contract.id);

        assertEquals(fieldNames(single), fieldNames(year));
        assertTrue(year.get("uri").asText().endsWith("/api/v1/ocds/release-packages/2026"));
        assertEquals(single.get("extensions"), year.get("extensions"));
        assertEquals(single.get("publisher"), year.get("publisher"));
        JsonNode release = null;
        for (JsonNode candidate : year.get("releases")) {
            if (candidate.at("/contracts/0/id").asText().equals("C" + contract.id)) {
                release = candidate;
            }
        }
        assertEquals(single.get("releases").get(0), release);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theValidatorRejectsABrokenRelease() {
        ObjectNode release = (ObjectNode) releasePackage(contract.id).get("releases").get(0).deepCopy();
        release.remove("ocid");
        ((ArrayNode) release.get("tag")).removeAll().add("bogus");
        ObjectNode milestone = (ObjectNode) release.at("/contracts/0/implementation/milestones/0");
        ((ObjectNode) milestone.get("installmentValue")).put("amount", "三十万");

        assertFalse(officialSchema().validate(release).isEmpty());
        assertTrue(extendedSchema().validate(release).size() > officialSchema().validate(release).size());
    }

    @Test
    void theExtensionIsPublishedWithoutAToken() {
        given().when().get(EXTENSION + "/extension.json").then().statusCode(200)
                .body("compatibility[0]", equalTo("1.1"));
        given().when().get(EXTENSION + "/release-schema.json").then().statusCode(200)
                .body("definitions.Milestone.properties.installmentValue.'$ref'", equalTo("#/definitions/Value"));
    }

    @Test
    void exportNeedsAContractWithAPlan() {
        as("viewer").when().get(RELEASES).then().statusCode(400);
        as("viewer").queryParam("contractId", 987654321).when().get(RELEASES).then().statusCode(404);
        as("viewer").when().get("/api/v1/ocds/release-packages/1999").then().statusCode(400);
    }

    private static JsonNode releasePackage(long contractId) {
        return Json.read(as("viewer").queryParam("contractId", contractId).when().get(RELEASES)
                .then().statusCode(200).extract().asString());
    }

    private static JsonSchema officialSchema() {
        return schema(readSchema());
    }

    /** The official schema with the extension's release-schema.json merged in, as OCDS tools apply it. */
    private static JsonSchema extendedSchema() {
        ObjectNode schema = readSchema();
        JsonNode patch = Json.read(given().when().get(EXTENSION + "/release-schema.json").then().statusCode(200)
                .extract().asString());
        merge(schema, patch);
        return schema(schema);
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static ObjectNode readSchema() {
        try (InputStream in = OcdsExportTest.class.getResourceAsStream("/ocds/release-schema.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(JsonNode schema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema, config);
    }
}
