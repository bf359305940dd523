// What a build of the plugin killed while writing (kill -9, a CI timeout) leaves: hidden temporary
// files beside its outputs, .<name>.<uuid>.tmp, each up to the size of the output. Beside them,
// files that look alike but are not the plugin's, which must stay.
def sources = new File(basedir, 'target/generated-sources/api-errors/com/example/errors')
def enriched = new File(basedir, 'target/api-errors')
sources.mkdirs()
enriched.mkdirs()
def leftovers = [
    new File(sources, ".ApiError.java.${UUID.randomUUID()}.tmp"),
    new File(sources, ".OperationErrors.java.${UUID.randomUUID()}.tmp"),
    new File(enriched, ".openapi.yaml.${UUID.randomUUID()}.tmp"),
]
def others = [
    new File(sources, ".Notes.java.${UUID.randomUUID()}.tmp"),
    new File(sources, '.ApiError.java.tmp'),
    new File(enriched, ".other.yaml.${UUID.randomUUID()}.tmp"),
]
(leftovers + others).each { it.text = 'half of a file' }
new File(basedir, 'leftovers.txt').text = leftovers.collect { it.path }.join('\n')
new File(basedir, 'others.txt').text = others.collect { it.path }.join('\n')
return true
