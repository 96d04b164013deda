package cn.songjiang.budget.procurement.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The part of a projects-service project this service reads: identity, year and department, and the
 * effective budget {@code amount} (元). {@code paymentTerms} is kept only to know whether the project has
 * parsed payment terms a contract can link to: kind INSTALLMENTS, LUMP_SUM or RECURRING, not UNSPECIFIED
 * (按照合同约定支付, the schedule comes from the contract).
 */
public record Project(@JsonProperty(required = true) long id, @JsonProperty(required = true) String code, String name,
        @JsonProperty(required = true) int fiscalYear, @JsonProperty(required = true) String departmentCode,
        @JsonProperty(required = true) BigDecimal amount, JsonNode paymentTerms) {

    static final String UNSPECIFIED = "UNSPECIFIED";

    public boolean hasPaymentTerms() {
        if (paymentTerms == null || !paymentTerms.isObject()) {
            return false;
        }
        String kind = paymentTerms.path("kind").asText("");
        return !kind.isEmpty() && !UNSPECIFIED.equals(kind);
    }
}
