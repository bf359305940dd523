// the same application, built once with each convention into target/<convention>
def log = new File(basedir, 'build.log').text
['standard': ['ValidationDetail', 'ApiValidationError_detail_inner', 'StandardErrorResponsesTest', 'StandardWebFluxErrorsTest'],
 'problem' : ['ApiValidationErrorErrorsItem', 'ApiValidationError_errors_inner', 'ProblemResponsesTest', 'ProblemWebFluxErrorsTest']]
        .each { convention, names ->
    def (itemClass, itemSchema, contractTest, webfluxTest) = names
    def target = new File(basedir, "target/${convention}")
    def enriched = new File(target, 'api-errors/openapi.yaml')
    assert enriched.isFile() : "the ${convention} build wrote no enriched description at ${enriched}"

    // OpenAPI Generator made reactive interfaces from the enriched description ...
    def api = new File(target, 'generated-sources/openapi/src/main/java/com/example/orders/api/OrdersApi.java')
    assert api.isFile() : "OpenAPI Generator did not generate ${api}"
    assert api.text.contains('Mono<ResponseEntity<Order>> getOrder(') : "the ${convention} interface is not reactive"
    // ... but no copy of the error bodies: those are the plugin's classes
    def copies = []
    new File(target, 'generated-sources/openapi').eachFileRecurse { file ->
        if (file.name ==~ /(ApiError|ApiValidationError|ApiValidationErrorDetailInner|ApiValidationErrorErrorsInner|ValidationDetail|ApiValidationErrorErrorsItem)\.java/) copies << file
    }
    assert copies.isEmpty() : "OpenAPI Generator generated its own error classes in the ${convention} build: ${copies}"
    def ours = new File(target, 'generated-sources/api-errors/com/example/orders/errors')
    ['ApiError.java', 'ApiValidationError.java', "${itemClass}.java", 'ApiErrorsWebExceptionHandler.java',
     'ApiErrorsWebClientFilter.java'].each { name ->
        assert new File(ours, name).isFile() : "the plugin did not generate ${name} in ${ours}"
    }
    assert !new File(ours, 'ApiErrorsExceptionHandler.java').exists() : "webflux has no Spring MVC advice"
    assert log.contains("Model ${itemSchema} not generated due to schema mapping") :
        "OpenAPI Generator did not map ${itemSchema} to the plugin's class in the ${convention} build"

    // the tests of this convention ran over real HTTP and none failed
    def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
    def suites = reports.collectEntries { [(it.name), new groovy.xml.XmlSlurper().parse(it)] }
    [contractTest, webfluxTest].each { test ->
        assert suites.keySet().any { it.endsWith(".${test}.xml") } : "${test} did not run in the ${convention} build"
    }
    def tests = suites.values().sum { it.@tests.toInteger() }
    def failed = suites.values().sum { it.@failures.toInteger() + it.@errors.toInteger() + it.@skipped.toInteger() }
    assert tests >= 20 : "only ${tests} tests ran in the ${convention} build"
    assert failed == 0 : "${failed} tests failed, errored or were skipped in the ${convention} build"
}
return true
