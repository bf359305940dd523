// The example of README, run as a user runs it, on each Maven the build tests: generated, compiled,
// configured as example/pom.xml is, and without a plugin validation issue about this plugin.
def log = new File(basedir, 'build.log').text
def exampleDir = new File(exampleDir as String)

def pluginConfig = { File pom ->
    def project = new groovy.xml.XmlSlurper().parse(pom)
    def plugin = project.build.plugins.plugin.find { it.artifactId.text() == 'api-errors-maven-plugin' }
    assert plugin.size() == 1 : "${pom} declares the plugin"
    plugin.executions.execution.configuration.'*'.collectEntries { [(it.name()): it.text()] }
}
def example = pluginConfig(new File(exampleDir, 'pom.xml'))
def ours = pluginConfig(new File(basedir, 'pom.xml'))
assert ours.keySet() == example.keySet() : "the same parameters as example/pom.xml: ${ours.keySet()} vs ${example.keySet()}"
example.each { name, value ->
    if (name == 'inputSpec') {
        assert ours[name] == '${example.dir}/' + value : "the description is example/'s own ${value}: ${ours[name]}"
    } else {
        assert ours[name] == value : "${name} is example/pom.xml's ${value}: ${ours[name]}"
    }
}

def enriched = new File(basedir, 'target/api-errors/openapi.yaml')
assert log.contains("Enriched description: ${enriched.canonicalPath}") || log.contains("Enriched description: ${enriched.absolutePath}") :
    "the log says where the enriched description went"
assert enriched.text.contains('ApiErrorNotFound') : "the enriched description has the error responses"
def pkg = 'com/example/apierrors'
['ApiError', 'ApiValidationError', 'ErrorStatus', 'OperationErrors'].each { type ->
    assert new File(basedir, "target/generated-sources/api-errors/${pkg}/${type}.java").isFile() : "${type}.java was generated"
    assert new File(basedir, "target/classes/${pkg}/${type}.class").isFile() : "${type} compiled"
}
assert log.contains('BUILD SUCCESS') : 'the build passed'

// Maven 3.9 and 4 list plugins with validation issues, one ' * groupId:artifactId:version' line each
def flagged = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('dev.apierrors:api-errors-maven-plugin') }
assert flagged.isEmpty() : "Maven's plugin validation reports issues with the plugin:\n" +
    log.readLines().findAll { it.startsWith('[WARNING]') }.join('\n')
return true
