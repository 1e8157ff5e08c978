package cn.scgov.bulletin.security;

import static cn.scgov.bulletin.security.EndpointMatrix.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** The matrix's own check: a REST endpoint that no row calls is named, whatever its path variables or body type. */
class EndpointMatrixTests {

    private static final Map<RequestMappingInfo, String> MAPPINGS = Map.of(
            RequestMappingInfo.paths("/api/issues/{id}").methods(RequestMethod.GET).build(), "issue",
            RequestMappingInfo.paths("/api/issues/{id}/document.{extension}").methods(RequestMethod.GET).build(), "document",
            RequestMappingInfo.paths("/api/calendar/import").methods(RequestMethod.POST).consumes("text/csv").build(), "csv",
            RequestMappingInfo.paths("/api/calendar/import").methods(RequestMethod.POST).consumes("multipart/form-data")
                    .build(), "file",
            RequestMappingInfo.paths("/issues/{id}").methods(RequestMethod.GET).build(), "a page");

    @Test
    void namesEachRestEndpointThatNoRowCalls() {
        List<EndpointMatrix.Call> calls = List.of(call("GET", "/api/issues/7?part=all"), call("PUT", "/api/issues/7/document.txt"),
                call("POST", "/api/calendar/import").raw("text/csv", "date,kind,name\n"));

        assertThat(EndpointMatrix.endpointsWithoutRow(MAPPINGS, calls)).containsExactly(
                "[GET] /api/issues/{id}/document.{extension} []", "[POST] /api/calendar/import [multipart/form-data]");
        assertThat(EndpointMatrix.endpoints(MAPPINGS)).isEqualTo(4);
    }

    @Test
    void aRowForEachEndpointLeavesNothing() {
        List<EndpointMatrix.Call> calls = List.of(call("GET", "/api/issues/7"), call("GET", "/api/issues/7/document.exe"),
                call("POST", "/api/calendar/import").raw("text/csv", ""),
                call("POST", "/api/calendar/import").multipart("cn.csv", "text/csv", ""));

        assertThat(EndpointMatrix.endpointsWithoutRow(MAPPINGS, calls)).isEmpty();
    }
}
