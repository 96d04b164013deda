package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.service.OcdsExporter;
import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.problem.Problem;
import cn.songjiang.budget.support.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: contracts, milestones and payments as OCDS 1.1.5 release packages. */
@Path("/api/v1/ocds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "Open Contracting Data Standard 1.1.5 export")
public class OcdsResource {

    private final OcdsExporter exporter;

    public OcdsResource(OcdsExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Path("/releases")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "OCDS release package",
            description = "One implementation release per contract: payment milestones (installment amounts in the "
                    + "local extension field installmentValue) and transactions (payments; reversals as negative "
                    + "correcting transactions). Give contractId for one contract or fiscalYear for all of a year.")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Neither or both of contractId and fiscalYear",
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The contract has no payment plan",
            content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Map<String, Object> releases(@QueryParam("contractId") Long contractId,
            @QueryParam("fiscalYear") Integer fiscalYear) {
        if ((contractId == null) == (fiscalYear == null)) {
            throw ApiProblem.badRequest("contractId", "give exactly one of contractId and fiscalYear");
        }
        return contractId != null ? exporter.forContract(contractId) : exporter.forFiscalYear(fiscalYear);
    }

    @GET
    @Path("/extensions/installment-value/extension.json")
    @PermitAll
    @Operation(summary = "Metadata of the local OCDS extension for installment amounts")
    @APIResponse(responseCode = "200", description = "extension.json",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, Object> extension() {
        return exporter.extensionMetadata();
    }

    @GET
    @Path("/extensions/installment-value/release-schema.json")
    @PermitAll
    @Operation(summary = "Release schema patch of the local OCDS extension for installment amounts")
    @APIResponse(responseCode = "200", description = "JSON merge patch of the release schema",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Map<String, Object> extensionSchema() {
        return OcdsExporter.extensionSchema();
    }
}
