package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.client.ProjectsViews.BudgetDocument;
import cn.songjiang.budget.console.client.ProjectsViews.Finding;
import cn.songjiang.budget.console.service.ImportService;
import cn.songjiang.budget.console.service.Section;
import cn.songjiang.budget.console.service.WriteOutcome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 预算导入 (admin): documents, findings with their lines, resolving a finding, uploading a document. */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(Section<List<BudgetDocument>> documents, Long documentId,
                Section<List<Finding>> findings, WriteOutcome outcome, Long failedFinding, String done);
    }

    private final ImportService service;
    private final PageContext page;

    ImportResource(ImportService service, PageContext page) {
        this.service = service;
        this.page = page;
    }

    @GET
    public TemplateInstance imports(@QueryParam("document") Long documentId, @QueryParam("done") String done) {
        return draw(documentId, WriteOutcome.none(), null, done);
    }

    @POST
    @Path("/documents/{documentId}/findings/{findingId}/resolution")
    public Response resolve(@PathParam("documentId") long documentId, @PathParam("findingId") long findingId,
            @FormParam("correctedAmount") String correctedAmount, @FormParam("reason") String reason) {
        FormValues values = new FormValues();
        BigDecimal amount = values.amount("correctedAmount", correctedAmount, false);
        WriteOutcome outcome = values.valid() ? service.resolve(documentId, findingId, amount, reason) : values.refused();
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/import?document=" + documentId + "&done=resolved")).build();
        }
        return Response.status(outcome.problem().status()).entity(draw(documentId, outcome, findingId, null)).build();
    }

    @POST
    @Path("/documents")
    public Response upload(@RestForm("document") FileUpload document) {
        WriteOutcome outcome;
        if (document == null || document.size() == 0) {
            outcome = new FormValues().refusedField("document", "请选择文件 / choose a file");
        } else {
            outcome = service.importDocument(read(document));
        }
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/import?done=imported")).build();
        }
        return Response.status(outcome.problem().status()).entity(draw(null, outcome, null, null)).build();
    }

    private TemplateInstance draw(Long documentId, WriteOutcome outcome, Long failedFinding, String done) {
        Section<List<BudgetDocument>> documents = service.documents();
        Long chosen = documentId;
        if (chosen == null && documents.ok() && !documents.value().isEmpty()) {
            chosen = documents.value().get(0).id();
        }
        Section<List<Finding>> findings = chosen == null ? new Section<>(List.of(), null) : service.findings(chosen);
        return page.localized(Templates.imports(documents, chosen, findings, outcome, failedFinding, done));
    }

    private static String read(FileUpload upload) {
        try {
            return Files.readString(upload.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
