package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.rest.dto.ForecastResponse;
import cn.songjiang.budget.payments.service.ForecastService;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.ETags;
import cn.songjiang.budget.support.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cash forecast by month. */
@Path("/api/v1/cash-forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast and execution", description = "Cash forecast and the 双监控 execution dashboard")
public class ForecastResource {

    static final String MONTH = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$";
    private static final int DEFAULT_MONTHS = 12;

    private final ForecastService service;
    private final CachedAnswers answers;
    private final Clock clock;

    public ForecastResource(ForecastService service, CachedAnswers answers, Clock clock) {
        this.service = service;
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getCashForecast", summary = "Scheduled outflow by month",
            description = "From every unpaid installment: payable ones on their due date (overdue ones now), the "
                    + "others on the due date their trigger's expected date would give (contract signing, months "
                    + "of service, fixed dates, configured lags for acceptances and settlements).")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH))
    @APIResponse(responseCode = "200", description = "The forecast",
            headers = {
                @Header(name = "ETag", description = ETags.CONTENT_ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH)),
                @Header(name = "Cache-Control", description = "`" + ETags.REVALIDATE + "`",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40))},
            content = @Content(schema = @Schema(implementation = ForecastResponse.class)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED_DESCRIPTION,
            headers = @Header(name = "ETag", description = ETags.CONTENT_ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_NONE_MATCH)))
    @APIResponse(responseCode = "400", description = "Malformed month or day")
    public Response forecast(
            @Parameter(description = "First month, e.g. 2026-01; default the current month",
                    schema = @Schema(type = SchemaType.STRING, pattern = MONTH, minLength = 7, maxLength = 7))
            @QueryParam("from") String from,
            @Parameter(description = "How many months, default 12") @QueryParam("months") @Min(1)
            @Max(ForecastService.MAX_MONTHS) Integer months,
            @QueryParam("projectId") Long projectId,
            @Parameter(description = "Only installments of projects of this fiscal year") @QueryParam("fiscalYear")
            Integer fiscalYear,
            @Parameter(description = "Day the forecast is made on; default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers, @Context Request request) {
        LocalDate parsed = QueryParams.date("asOf", asOf);
        LocalDate day = parsed == null ? LocalDate.now(clock) : parsed;
        YearMonth first = QueryParams.month("from", from);
        int count = months == null ? DEFAULT_MONTHS : months;
        return answers.answer(request, headers, "getCashForecast",
                Arrays.asList(day, first, count, projectId, fiscalYear), () -> response(service.forecast(day, first, count, projectId, fiscalYear)));
    }

    private static ForecastResponse response(ForecastService.Forecast forecast) {
        return new ForecastResponse(forecast.asOf(), forecast.from().toString(), forecast.to().toString(),
                Money.CURRENCY, forecast.months().stream().map(m -> new ForecastResponse.Month(m.month().toString(),
                        m.due(), m.expected(), m.total(), m.installments())).toList(),
                forecast.overdue(), forecast.later(), forecast.unscheduled(), forecast.total());
    }
}
