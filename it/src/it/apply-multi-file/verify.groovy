// apply writes into the file that holds each operation; generate then finds nothing to add, and check passes.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def folder = new File(basedir, 'src/main/openapi')
def original = new File(basedir, 'original')

assert lines.contains('[INFO] api-errors: 14 error responses and 9 components added to 3 files') :
    "apply added the responses to the three operations and the components to the main file:\n${log}"
['openapi.yaml', 'paths/orders.yaml', 'paths/order.yaml'].each { name ->
    assert lines.contains("[INFO] api-errors: added error responses to ${new File(folder, name).canonicalPath}".toString()) :
        "apply wrote ${name}"
}
assert lines.contains('[INFO] api-errors: 3 operations, 0 error responses added, 21 author-declared kept') :
    "generate, in the next build, found every response in the author's files:\n${log}"
assert lines.contains('[INFO] api-errors: the description has every error response of the convention') :
    'and check passed'

// every line of every file is kept, in order; the schemas are untouched
original.eachFileRecurse(groovy.io.FileType.FILES) { before ->
    def after = new File(folder, original.toPath().relativize(before.toPath()).toString())
    def edited = after.readLines()
    def at = 0
    before.readLines().each { line ->
        while (at < edited.size() && edited[at] != line) at++
        assert at < edited.size() : "the line '${line}' of ${after} is kept, in order:\n${after.text}"
        at++
    }
}
['schemas/order.yaml', 'schemas/money.yaml'].each { name ->
    assert new File(folder, name).text == new File(original, name).text : "${name} holds no operation and is unchanged"
}
def orders = new File(folder, 'paths/orders.yaml').text
assert orders.contains('../openapi.yaml#/components/responses/ApiErrorNotFound') :
    "an operation in another file refers to the main file's components relatively:\n${orders}"
def main = new File(folder, 'openapi.yaml').text
assert !main.contains('../openapi.yaml') && main.contains('ApiErrorNotFound:') : "the components are in the main file"
def leftovers = []
folder.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.tmp')) leftovers << it }
assert leftovers.isEmpty() : "no temporary file was left: ${leftovers}"
return true
