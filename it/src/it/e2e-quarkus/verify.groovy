// Both builds, standard and problem: the plugin's Jakarta REST handlers (framework jaxrs, registered by nobody:
// Quarkus finds them by their @Provider annotation) answered the @QuarkusTest's real HTTP requests.
def log = new File(basedir, 'build.log').text
[standard: 18, problem: 14].each { convention, minimum ->
    def target = new File(basedir, "target/${convention}")
    def enriched = new File(target, 'api-errors/openapi.yaml')
    assert enriched.isFile() : "the plugin wrote no enriched description at ${enriched}"

    def oag = new File(target, 'generated-sources/openapi/src/main/java/com/example/orders')
    ['api/OrdersApi.java', 'model/Order.java', 'model/NewOrder.java'].each { path ->
        assert new File(oag, path).isFile() : "OpenAPI Generator did not generate ${path} under ${oag}"
    }
    def copies = []
    new File(target, 'generated-sources/openapi').eachFileRecurse { file ->
        if (file.name ==~ /(ApiError|ApiValidationError|ApiValidationError\w*Inner|ValidationDetail)\.java/) copies << file
    }
    assert copies.isEmpty() : "OpenAPI Generator generated its own error classes: ${copies}"
    def ours = new File(target, 'classes/com/example/orders/errors')
    ['ApiErrorExceptionMapper', 'ApiErrorsJsonExceptionMapper$MismatchedInputErrors',
     'ApiErrorsValidationExceptionMapper', 'ApiErrorsWebApplicationExceptionMapper'].each { name ->
        assert new File(ours, "${name}.class").isFile() : "the plugin's ${name} was not compiled in ${ours}"
    }

    def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
    assert !reports.isEmpty() : "no test reports in ${target}/surefire-reports"
    def suites = reports.collect { new groovy.xml.XmlSlurper().parse(it) }
    def tests = suites.sum { it.@tests.toInteger() }
    def failed = suites.sum { it.@failures.toInteger() + it.@errors.toInteger() + it.@skipped.toInteger() }
    assert tests >= minimum : "only ${tests} tests ran with ${convention}"
    assert failed == 0 : "${failed} tests failed, errored or were skipped with ${convention}"
}
assert new File(basedir, 'target/problem/api-errors/openapi.yaml').text.contains('application/problem+json')
return true
