package cn.songjiang.budget.console.rest;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How pages write numbers and dates ({@code fmt:} in templates): amounts as {@code 1,234,567.89 元}, ratios as
 * percentages, dates {@code yyyy-MM-dd} in the console's zone (Asia/Shanghai). An absent value is a dash.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final ZoneId ZONE = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("console.zone", String.class).orElse("Asia/Shanghai"));

    private Formats() {
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? NONE : number(amount) + " 元";
    }

    static String number(BigDecimal amount) {
        if (amount == null) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A ratio (0.4567) as a percentage (45.67%). */
    static String pct(BigDecimal ratio) {
        return ratio == null ? NONE : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A share already in percent (30.00) as 30%. */
    static String share(BigDecimal percent) {
        return percent == null ? NONE : percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** A number for a chart's data: plain digits, two decimals. */
    static String plain(BigDecimal amount) {
        return amount == null ? "null" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    static String instant(Instant instant) {
        return instant == null ? NONE : DATE.format(instant.atZone(ZONE));
    }

    /** A fresh Idempotency-Key, made when a payment form is drawn. */
    static String newKey() {
        return java.util.UUID.randomUUID().toString();
    }

    static String today() {
        return DATE.format(LocalDate.now(ZONE));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
