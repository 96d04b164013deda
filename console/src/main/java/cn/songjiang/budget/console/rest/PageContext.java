package cn.songjiang.budget.console.rest;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * What every page needs besides its data: the language (Chinese unless the user chose English, kept in the
 * {@code lang} cookie) and whether the request came over TLS.
 */
@RequestScoped
@Named("page")
public class PageContext {

    public static final String LANG_COOKIE = "lang";
    private final HttpServerRequest request;

    PageContext(HttpServerRequest request) {
        this.request = request;
    }

    public String lang() {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? "en" : "zh-CN";
    }

    public boolean english() {
        return "en".equals(lang());
    }

    public boolean secure() {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    public String path() {
        return request.path();
    }

    /** The texts in the page's language, for what Java draws (a chart's names). */
    public Messages messages() {
        return english() ? MessageBundles.get(Messages.class, Localized.Literal.of("en"))
                : MessageBundles.get(Messages.class);
    }

    public TemplateInstance localized(TemplateInstance page) {
        return page.setLocale(Locale.forLanguageTag(lang()));
    }
}
