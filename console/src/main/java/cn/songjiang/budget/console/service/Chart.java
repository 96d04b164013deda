package cn.songjiang.budget.console.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a chart draws, as JSON for {@code static/charts.js}. Every number in it is also in the table beside the
 * chart.
 */
public record Chart(String type, boolean horizontal, List<String> labels, List<Series> series) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Series(String name, String type, String stack, List<BigDecimal> data) {
    }

    public static Series bars(String name, List<BigDecimal> data) {
        return new Series(name, "bar", null, rounded(data));
    }

    public static Series stacked(String name, List<BigDecimal> data) {
        return new Series(name, "bar", "total", rounded(data));
    }

    private static List<BigDecimal> rounded(List<BigDecimal> data) {
        return data.stream().map(v -> v == null ? null : v.setScale(2, RoundingMode.HALF_UP)).toList();
    }

    /** The JSON, safe inside a {@code <script type="application/json">} element. */
    public String json() {
        try {
            return JSON.writeValueAsString(this).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
