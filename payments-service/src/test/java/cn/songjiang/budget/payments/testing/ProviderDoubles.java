package cn.songjiang.budget.payments.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import cn.songjiang.budget.support.testing.ProviderDouble;
import cn.songjiang.budget.support.testing.WireMockProviders;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.Map;

/**
 * projects-service and procurement-service as WireMock servers, serving the documents tests register through
 * {@link Stubs}, with a 1 s read timeout so that a slow provider fails fast. A fiscal year without registered
 * projects lists none.
 */
public class ProviderDoubles extends WireMockProviders {

    public ProviderDoubles() {
        super(Stubs.PROJECTS, Stubs.PROCUREMENT);
    }

    @Override
    protected void prime(String client, ProviderDouble provider) {
        if (client.equals(Stubs.PROJECTS)) {
            provider.stub(get(urlPathEqualTo(Stubs.PROJECT_LIST)).atPriority(ProviderDouble.DOCUMENT + 1)
                    .willReturn(okForContentType("application/json", "{\"items\":[]}")
                            .withTransformers(ProjectPages.NAME)), Map.of());
        }
    }

    @Override
    protected Extension[] extensions() {
        return new Extension[] {new ProjectPages()};
    }

    @Override
    protected Map<String, String> config() {
        return Map.of("quarkus.rest-client.projects.read-timeout", "1000",
                "quarkus.rest-client.procurement.read-timeout", "1000");
    }
}
