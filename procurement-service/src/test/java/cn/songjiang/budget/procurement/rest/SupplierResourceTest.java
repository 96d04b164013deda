package cn.songjiang.budget.procurement.rest;

import static cn.songjiang.budget.procurement.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import cn.songjiang.budget.procurement.testing.Api;
import cn.songjiang.budget.procurement.testing.Fixtures;
import cn.songjiang.budget.procurement.testing.ProjectsDouble;
import cn.songjiang.budget.support.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ProjectsDouble.class)
class SupplierResourceTest {

    static final String SUPPLIERS = "/api/v1/suppliers";

    @Test
    void registersASupplierWithItsCreditCodeSizeAndContact() {
        String code = Fixtures.newCreditCode();

        Api.as("procurement").body(Fixtures.supplierBody(code, "SMALL")).post(SUPPLIERS).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/suppliers/\\d+"))
                .header("ETag", equalTo("\"0\""))
                .body("creditCode", equalTo(code))
                .body("size", equalTo("SMALL"))
                .body("contact.phone", equalTo("021-57000000"));
    }

    @Test
    void storesALowerCaseCodeUpperCase() {
        String code = Fixtures.newCreditCode();

        Api.as("procurement").body(Fixtures.supplierBody(code.toLowerCase(Locale.ROOT), "MICRO")).post(SUPPLIERS)
                .then().statusCode(201).body("creditCode", equalTo(code));
    }

    @Test
    void refusesACreditCodeWithAWrongCheckCharacter() {
        String code = Fixtures.newCreditCode();
        char wrong = code.charAt(17) == '0' ? '1' : '0';

        Api.as("procurement").body(Fixtures.supplierBody(code.substring(0, 17) + wrong, "SMALL")).post(SUPPLIERS)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("rule", equalTo("credit-code-gb32100"))
                .body("violations[0].field", equalTo("creditCode"))
                .body("detail", containsString("check character"));
    }

    @Test
    void refusesACreditCodeOfTheWrongLengthOrAlphabet() {
        Api.as("procurement").body(Fixtures.supplierBody("91310117MA1J3B7K2", "SMALL")).post(SUPPLIERS)
                .then().statusCode(422).body("rule", equalTo("credit-code-gb32100"));
        Api.as("procurement").body(Fixtures.supplierBody("91310117MA1J3B7KIM", "SMALL")).post(SUPPLIERS)
                .then().statusCode(422).body("detail", containsString("not allowed"));
    }

    @Test
    void aSecondSupplierWithTheSameCreditCodeIsAConflict() {
        String code = Fixtures.newCreditCode();
        Api.as("procurement").body(Fixtures.supplierBody(code, "SMALL")).post(SUPPLIERS).then().statusCode(201);

        Api.as("procurement").body(Fixtures.supplierBody(code, "LARGE")).post(SUPPLIERS).then().statusCode(409)
                .contentType(PROBLEM_JSON).body("type", equalTo("urn:budget:problem:duplicate"));
        Api.as("procurement").body(Fixtures.supplierBody(code.toLowerCase(Locale.ROOT), "LARGE")).post(SUPPLIERS)
                .then().statusCode(409);
    }

    @Test
    void updatesASupplierWithIfMatch() {
        long id = Fixtures.newSupplier("SMALL");
        String code = Api.as("viewer").get(SUPPLIERS + "/" + id).then().extract().path("creditCode");

        Api.as("procurement").body(Fixtures.supplierBody(code, "MEDIUM")).put(SUPPLIERS + "/" + id)
                .then().statusCode(428);
        Api.as("procurement").header("If-Match", "\"0\"").body(Fixtures.supplierBody(code, "MEDIUM"))
                .put(SUPPLIERS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("size", equalTo("MEDIUM"));
        Api.as("procurement").header("If-Match", "\"0\"").body(Fixtures.supplierBody(code, "LARGE"))
                .put(SUPPLIERS + "/" + id).then().statusCode(412);
    }

    @Test
    void theRevisionHistoryKeepsEverySize() {
        long id = Fixtures.newSupplier("MICRO");
        String code = Api.as("viewer").get(SUPPLIERS + "/" + id).then().extract().path("creditCode");
        Api.as("procurement").header("If-Match", "\"0\"").body(Fixtures.supplierBody(code, "SMALL"))
                .put(SUPPLIERS + "/" + id).then().statusCode(200);

        Api.as("viewer").get(SUPPLIERS + "/" + id + "/history").then().statusCode(200)
                .body("state.size", contains("MICRO", "SMALL"));
    }

    @Test
    void anUpdateMayNotTakeAnotherSuppliersCreditCode() {
        long first = Fixtures.newSupplier("SMALL");
        String firstCode = Api.as("viewer").get(SUPPLIERS + "/" + first).then().extract().path("creditCode");
        long second = Fixtures.newSupplier("SMALL");

        Api.as("procurement").header("If-Match", "\"0\"").body(Fixtures.supplierBody(firstCode, "SMALL"))
                .put(SUPPLIERS + "/" + second).then().statusCode(409);
    }

    @Test
    void listsSuppliersByCreditCodeAndSize() {
        String code = Fixtures.newCreditCode();
        Api.as("procurement").body(Fixtures.supplierBody(code, "MICRO")).post(SUPPLIERS).then().statusCode(201);

        Api.as("viewer").queryParam("creditCode", code).get(SUPPLIERS).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].size", equalTo("MICRO"));
        Api.as("viewer").queryParam("creditCode", code).queryParam("supplierSize", "LARGE").get(SUPPLIERS)
                .then().statusCode(200).body("items", hasSize(0));
        Api.as("viewer").queryParam("supplierSize", "HUGE").get(SUPPLIERS).then().statusCode(400);
    }

    @Test
    void missingFieldsAreBadRequests() {
        Api.as("procurement").body(Map.of("name", "", "creditCode", Fixtures.newCreditCode())).post(SUPPLIERS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("name", "size"));
    }

    @Test
    void aNameWithANulCharacterIsRefusedAndNothingIsStored() {
        String code = Fixtures.newCreditCode();
        Map<String, Object> body = Fixtures.supplierBody(code, "SMALL");
        body.put("name", "上海\u0000测试");

        Api.as("procurement").body(body).post(SUPPLIERS).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].reason", containsString("control characters"));
        Api.as("viewer").queryParam("creditCode", code).get(SUPPLIERS).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aSupplierWithItsCreditCodeRepeatedOrSentTwiceIsRefusedAndNothingIsStored() {
        String code = Fixtures.newCreditCode();
        String supplier = "{\"name\":\"测试供应商\",\"creditCode\":\"" + code + "\",\"size\":\"SMALL\"";

        Api.as("procurement").body(supplier + ",\"creditCode\":\"" + code + "\"}").post(SUPPLIERS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("creditCode"));
        Api.as("procurement").body(supplier + "}" + supplier + "}").post(SUPPLIERS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", equalTo("body"));
        Api.as("viewer").queryParam("creditCode", code).get(SUPPLIERS).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void onlyProcurementRegistersSuppliers() {
        for (String role : new String[] {"pm", "finance", "viewer"}) {
            Api.as(role).body(Fixtures.supplierBody(Fixtures.newCreditCode(), "SMALL")).post(SUPPLIERS)
                    .then().statusCode(403);
        }
        Api.anonymous().get(SUPPLIERS).then().statusCode(401);
        Api.as("admin").body(Fixtures.supplierBody(Fixtures.newCreditCode(), "SMALL")).post(SUPPLIERS)
                .then().statusCode(201);
    }

    @Test
    void anUnknownSupplierIsNotFound() {
        Api.as("viewer").get(SUPPLIERS + "/987654321").then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
