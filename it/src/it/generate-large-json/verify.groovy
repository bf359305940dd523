import groovy.json.JsonSlurper

def original = new File(basedir, 'target/openapi/large.json').getText('UTF-8')
def enrichedFile = new File(basedir, 'target/api-errors/openapi.json')
assert enrichedFile.isFile() : "the default enriched description keeps the input's format: ${enrichedFile}"
def enriched = enrichedFile.getText('UTF-8')
def log = new File(basedir, 'build.log').text

assert !log.contains('written from the tree') : 'the JSON text was edited, not written from the tree'

// The author's text comes through: every line of it, in order (but the null that becomes the
// responses; a last entry gains the comma before the additions), and the line breaks stay CRLF.
def lines = enriched.split('\r\n', -1)
int at = 0
original.split('\r\n', -1).findAll { !it.contains('"responses": null') }.each { line ->
    while (at < lines.length && lines[at] != line && lines[at] != line + ',') {
        at++
    }
    assert at < lines.length : "the author's line is in the enriched file, in order: ${line.take(80)}"
    at++
}
assert !enriched.replace('\r\n', '').contains('\n') : 'no line break other than the file\'s own CRLF'
assert enriched.startsWith(original.substring(0, original.indexOf('"paths"'))) : 'the text before the paths is as written'

def api = new JsonSlurper().parseText(enriched)
def codes = ['400', '401', '403', '404', '409', '422', '500']
assert api.paths.size() == 2500 : "every path is kept (${api.paths.size()})"
api.paths.each { path, item ->
    def responses = item.get.responses
    codes.each { code ->
        assert responses[code] != null : "${path} GET has ${code}"
    }
}
assert api.paths['/items/3/{id}'].get.responses['404'].description == 'nicht gefunden' : 'the author\'s own 404 is kept'
assert api.paths['/items/5/{id}'].get.responses['404'].'$ref' == '#/components/responses/ApiErrorNotFound' : 'a missing 404 refers to the component'
assert api.paths['/items/1/{id}'].get.responses.keySet() as List == codes : 'responses: null became the error responses'
assert api.paths['/items/2/{id}'].get.callbacks.done.'{$request.query.url}'.post.responses['500'] != null : 'the callback operation is enriched too'
assert api.info.title == 'Größe — 大きい API' : 'text beyond ASCII is kept'
assert api.components.responses.ApiErrorNotFound != null : 'the components are added'

def classes = new File(basedir, 'target/classes/com/example/large/errors')
assert classes.listFiles()?.any { it.name.endsWith('.class') } : "the generated sources compiled into ${classes}"
return true
