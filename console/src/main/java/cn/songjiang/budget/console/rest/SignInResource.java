package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.security.SessionCookie;
import cn.songjiang.budget.console.service.DemoUser;
import cn.songjiang.budget.console.service.LocalSignIn;
import cn.songjiang.budget.console.service.SessionStore;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Local sign-in with the demo users, sign-out, and the language switch. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<DemoUser> users, boolean enabled, String error);
    }

    private final LocalSignIn signIn;
    private final SessionStore sessions;
    private final PageContext page;

    SignInResource(LocalSignIn signIn, SessionStore sessions, PageContext page) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.page = page;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/overview")).build();
    }

    @GET
    @Path("sign-in")
    public TemplateInstance signInPage() {
        if (!signIn.enabled()) {
            throw new NotFoundException();
        }
        return page.localized(Templates.signIn(users(), true, null));
    }

    @POST
    @Path("sign-in")
    public Response signIn(@FormParam("role") String role) {
        if (!signIn.enabled()) {
            throw new NotFoundException();
        }
        return signIn.signIn(role)
                .map(session -> Response.seeOther(URI.create("/overview"))
                        .cookie(SessionCookie.of(session.id(), page.secure())).build())
                .orElseGet(() -> Response.status(400)
                        .entity(page.localized(Templates.signIn(users(), true, page.messages().unknown_role()))).build());
    }

    @POST
    @Path("sign-out")
    public Response signOut(@CookieParam(SessionCookie.NAME) String sessionId) {
        sessions.close(sessionId);
        return Response.seeOther(URI.create(signIn.enabled() ? "/sign-in" : "/"))
                .cookie(SessionCookie.expired(page.secure())).build();
    }

    @POST
    @Path("language")
    public Response language(@FormParam("lang") String lang, @FormParam("back") String back) {
        String chosen = "en".equals(lang) ? "en" : "zh-CN";
        String target = back != null && back.matches("/[a-z0-9/-]*") ? back : "/overview";
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder(PageContext.LANG_COOKIE).value(chosen).path("/")
                        .sameSite(NewCookie.SameSite.LAX).secure(page.secure()).maxAge(365 * 24 * 3600).build())
                .build();
    }

    /** The demo users as the sign-in page lists them, in the page's language. */
    private List<DemoUser> users() {
        Messages msg = page.messages();
        return DemoUser.ALL.stream().map(user -> switch (user.role()) {
            case "admin" -> new DemoUser(user.role(), msg.user_admin(), msg.duty_admin());
            case "pm" -> new DemoUser(user.role(), msg.user_pm(), msg.duty_pm());
            case "procurement" -> new DemoUser(user.role(), msg.user_procurement(), msg.duty_procurement());
            case "finance" -> new DemoUser(user.role(), msg.user_finance(), msg.duty_finance());
            case "viewer" -> new DemoUser(user.role(), msg.user_viewer(), msg.duty_viewer());
            default -> user;
        }).toList();
    }
}
