package cn.scgov.bulletin.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Chinese by default; {@code ?lang=en} switches a browser to English (kept in a cookie), {@code ?lang=zh}
 * (or {@code zh_CN}, {@code zh-CN}) back. Any other value is ignored: a page never fails over its language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("bulletin-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    /**
     * Static files only under their own paths (Boot's catch-all {@code /**} mapping is off:
     * spring.web.resources.add-mappings=false). With the catch-all, every link a page writes ({@code @{/inbox}},
     * {@code @{/issues/7}}) was looked up as a file in every jar of the class path on its way through the resource
     * chain's URL encoding, and a miss is never cached: most of an HTML page's CPU time went there.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleInterceptor());
    }

    /** Switches only to a language the pages are written in. */
    static final class SupportedLocaleInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            Locale locale = lang == null ? null : switch (lang.strip()) {
                case "en", "en_US", "en-US", "en_GB", "en-GB" -> Locale.ENGLISH;
                case "zh", "zh_CN", "zh-CN", "zh_Hans", "zh-Hans" -> Locale.SIMPLIFIED_CHINESE;
                default -> null;
            };
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (locale != null && resolver != null) {
                resolver.setLocale(request, response, locale);
            }
            return true;
        }
    }
}
