def target = new File(basedir, 'target')
def enriched = new File(target, 'api-errors/openapi.yaml')
assert enriched.isFile() : "the plugin wrote no enriched description at ${enriched}"

// OpenAPI Generator generated the API from the enriched description ...
def oag = new File(target, 'generated-sources/openapi/src/main/java/com/example/orders')
['api/OrdersApi.java', 'model/Order.java', 'model/NewOrder.java'].each { path ->
    assert new File(oag, path).isFile() : "OpenAPI Generator did not generate ${path} under ${oag}"
}
// ... but no copy of the error bodies: those are the plugin's classes
def copies = []
new File(target, 'generated-sources/openapi').eachFileRecurse { file ->
    if (file.name ==~ /(ApiError|ApiValidationError|ApiValidationErrorDetailInner|ValidationDetail)\.java/) copies << file
}
assert copies.isEmpty() : "OpenAPI Generator generated its own error classes: ${copies}"
def ours = new File(target, 'generated-sources/api-errors/com/example/orders/errors')
['ApiError.java', 'ApiValidationError.java', 'ValidationDetail.java', 'ApiErrorsFeature.java', 'ApiErrorsValidationExceptionMapper.java', 'ApiErrorsClientResponseFilter.java'].each { name ->
    assert new File(ours, name).isFile() : "the plugin did not generate ${name} in ${ours}"
}

def log = new File(basedir, 'build.log').text
['ApiError', 'ApiValidationError', 'ApiValidationError_detail_inner'].each { schema ->
    assert log.contains("Model ${schema} not generated due to schema mapping") :
        "OpenAPI Generator did not map the schema ${schema} to the plugin's class"
}
// Maven 3.8 names a goal's plugin by its artifactId, Maven 3.9 and 4 by its prefix
def start = { String artifactId, String prefix -> log.readLines().findIndexOf { it =~ /--- (${artifactId}|${prefix}):/ } }
def pluginStart = start('api-errors-maven-plugin', 'api-errors')
def generatorStart = start('openapi-generator-maven-plugin', 'openapi-generator')
assert pluginStart >= 0 && generatorStart >= 0 && pluginStart < generatorStart :
    "the plugin runs before OpenAPI Generator in generate-sources"

// the tests ran over real HTTP and none failed
def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert !reports.isEmpty() : "no test reports in ${target}/surefire-reports"
def suites = reports.collect { new groovy.xml.XmlSlurper().parse(it) }
def tests = suites.sum { it.@tests.toInteger() }
def failed = suites.sum { it.@failures.toInteger() + it.@errors.toInteger() + it.@skipped.toInteger() }
assert tests >= 20 : "only ${tests} tests ran"
assert failed == 0 : "${failed} tests failed, errored or were skipped"
return true
