package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Limits;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the OCDS 1.1 release package the export writes, for the API document: the parts of the OCDS release
 * schema it fills, and the local extension field {@code installmentValue}. A key that does not apply is left out
 * (except a value's amount, which OCDS allows to be null). OcdsExportTest validates the export against the OCDS
 * schema itself. Each list is bounded by a rule: one contract, award and supplier per release, the installments of
 * a plan, the payments of an installment (each with its reversal), {@link Limits#MAX_RELEASES} releases in a
 * package.
 */
@Schema(name = "OcdsReleasePackage", description = "OCDS 1.1 release package (https://standard.open-contracting.org)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcdsReleasePackage(String uri, String version, @Schema(maxItems = 1) List<String> extensions,
        OffsetDateTime publishedDate, Publisher publisher,
        @Schema(maxItems = Limits.MAX_RELEASES) List<Release> releases) {

    @Schema(name = "OcdsPublisher")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publisher(String name) {
    }

    /** One implementation release per contract. */
    @Schema(name = "OcdsRelease")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Release(String ocid, String id, OffsetDateTime date, @Schema(maxItems = 1) List<String> tag,
            String initiationType, String language, @Schema(maxItems = 2) List<Party> parties,
            OrganizationReference buyer, @Schema(maxItems = 1) List<Award> awards,
            @Schema(maxItems = 1) List<Contract> contracts) {
    }

    /** The buyer (and payer), or the supplier (and payee) with its 统一社会信用代码 and scale. */
    @Schema(name = "OcdsParty")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String id, String name, Identifier identifier, @Schema(maxItems = 2) List<String> roles,
            PartyDetails details) {
    }

    @Schema(name = "OcdsIdentifier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Identifier(String scheme, String id, String legalName) {
    }

    @Schema(name = "OcdsPartyDetails")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartyDetails(@Schema(description = "OCDS partyScale: large, sme or micro") String scale) {
    }

    @Schema(name = "OcdsOrganizationReference")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationReference(String id, String name) {
    }

    /** An amount in CNY; the amount key is written even when null, as OCDS allows. */
    @Schema(name = "OcdsValue")
    public record Value(@Schema(nullable = true) BigDecimal amount, String currency) {
    }

    @Schema(name = "OcdsAward")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Award(String id, String status, Value value,
            @Schema(maxItems = 1) List<OrganizationReference> suppliers) {
    }

    @Schema(name = "OcdsContract")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contract(String id, String awardID, String title, String status, Value value,
            OffsetDateTime dateSigned, Period period, Implementation implementation) {
    }

    @Schema(name = "OcdsPeriod")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(OffsetDateTime startDate, OffsetDateTime endDate) {
    }

    /** Installments as payment milestones, payments (and reversals, negative) as transactions. */
    @Schema(name = "OcdsImplementation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Implementation(@Schema(maxItems = PlanDrafts.MAX_INSTALLMENTS) List<Milestone> milestones,
            @Schema(maxItems = MAX_TRANSACTIONS) List<Transaction> transactions) {

        /** Each payment of each installment, and the correcting transaction of each reversed one. */
        public static final int MAX_TRANSACTIONS = 2 * Limits.MAX_PAYMENTS * PlanDrafts.MAX_INSTALLMENTS;
    }

    @Schema(name = "OcdsMilestone")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Milestone(String id, String title, String type, String description,
            @Schema(description = "The installment's trigger") String code, OffsetDateTime dueDate,
            @Schema(description = "scheduled, notMet, partiallyMet or met") String status, OffsetDateTime dateMet,
            OffsetDateTime dateModified,
            @Schema(description = "Local extension: the amount of the installment") Value installmentValue,
            @Schema(maxItems = 1) List<Document> documents) {
    }

    /** The evidence of the recorded event. */
    @Schema(name = "OcdsDocument")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(String id, String documentType, String title, OffsetDateTime datePublished) {
    }

    @Schema(name = "OcdsTransaction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Transaction(String id, OffsetDateTime date, Value value, OrganizationReference payer,
            OrganizationReference payee) {
    }
}
