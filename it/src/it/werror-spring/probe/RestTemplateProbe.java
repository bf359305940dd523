import org.springframework.web.client.RestTemplate;

/** Uses RestTemplate without suppressing anything: -Werror must reject it on Spring Framework 7.1 (verify.groovy). */
class RestTemplateProbe {
    RestTemplate template = new RestTemplate();
}
