package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.rest.dto.OcdsExtension;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage;
import cn.songjiang.budget.payments.service.OcdsExporter;
import cn.songjiang.budget.support.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: contracts, milestones and payments as OCDS 1.1.5 release packages. */
@Path("/api/v1/ocds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open data", description = "Open Contracting Data Standard 1.1.5 export")
public class OcdsResource {

    private final OcdsExporter exporter;
    private final OcdsReleases releases;

    public OcdsResource(OcdsExporter exporter, OcdsReleases releases) {
        this.exporter = exporter;
        this.releases = releases;
    }

    @GET
    @Path("/releases")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getContractReleasePackage", summary = "OCDS release package of one contract",
            description = "One implementation release: payment milestones (installment amounts in the local "
                    + "extension field installmentValue) and transactions (payments; reversals as negative "
                    + "correcting transactions).")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package",
            content = @Content(schema = @Schema(implementation = OcdsReleasePackage.class)))
    @APIResponse(responseCode = "400", description = "contractId missing or malformed")
    @APIResponse(responseCode = "404", description = "The contract has no payment plan")
    public OcdsReleasePackage releases(
            @Parameter(description = "Contract in procurement-service", required = true) @QueryParam("contractId")
            @NotNull Long contractId) {
        return releases.releasePackage("/api/v1/ocds/releases?contractId=" + contractId,
                List.of(exporter.forContract(contractId)));
    }

    @GET
    @Path("/release-packages/{fiscalYear}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getFiscalYearReleasePackage", summary = "OCDS release package of a fiscal year",
            description = "One implementation release per contract with a payment plan in the fiscal year (plans "
                    + "without a procurement contract are not contracting processes and are left out). The package is "
                    + "streamed as its releases are read, so a year of any size answers at once with constant memory.")
    @APIResponse(responseCode = "200", description = "An OCDS 1.1 release package",
            content = @Content(schema = @Schema(implementation = OcdsReleasePackage.class)))
    @APIResponse(responseCode = "400", description = "fiscalYear malformed")
    @APIResponse(responseCode = "422", description = "More contracts with a plan in the year than one package holds "
            + "(OcdsReleasePackage.releases maxItems); read the package of each contract")
    public Response yearPackage(@PathParam("fiscalYear") @Min(2000) @Max(2100) int fiscalYear) {
        exporter.checkFiscalYear(fiscalYear);
        // Streamed: the releases are written as each batch of plans is read (see OcdsExporter.forFiscalYear).
        StreamingOutput body = out -> releases.writePackage(out, "/api/v1/ocds/release-packages/" + fiscalYear,
                batches -> exporter.forFiscalYear(fiscalYear, batches));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/extensions/installment-value/extension.json")
    @PermitAll
    @Operation(operationId = "getInstallmentValueExtension",
            summary = "Metadata of the local OCDS extension for installment amounts")
    @APIResponse(responseCode = "200", description = "extension.json",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public OcdsExtension extension() {
        return releases.extension();
    }

    @GET
    @Path("/extensions/installment-value/release-schema.json")
    @PermitAll
    @Operation(operationId = "getInstallmentValueReleaseSchema",
            summary = "Release schema patch of the local OCDS extension for installment amounts")
    @APIResponse(responseCode = "200", description = "JSON merge patch of the release schema",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public OcdsExtension.ReleaseSchema extensionSchema() {
        return OcdsReleases.extensionSchema();
    }
}
