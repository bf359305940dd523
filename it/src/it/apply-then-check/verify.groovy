// apply edits the author's file in place, keeping every line; a second apply and then check find nothing to do.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def spec = new File(basedir, 'src/main/openapi/openapi.yaml')
def original = new File(basedir, 'original/openapi.yaml').readLines()
def edited = spec.readLines()

assert lines.count { it == '[INFO] api-errors: 6 error responses and 5 components added to 1 file' } == 1 :
    "the first apply added three codes to two operations and their components:\n${log}"
assert lines.count { it == '[INFO] api-errors: nothing to add: the description has every error response of the convention' } == 1 :
    'the second apply had nothing to add'
assert lines.count { it == '[INFO] api-errors: the description has every error response of the convention' } == 1 :
    'then check passed'
assert lines.count { it.startsWith('[INFO] BUILD SUCCESS') } == 3 : 'all three builds succeeded'

def at = 0
original.each { line ->
    while (at < edited.size() && edited[at] != line) at++
    assert at < edited.size() : "the author's line '${line}' is kept, in order:\n${spec.text}"
    at++
}
// the goal check of the third build read the file and found everything; here, where the additions went
['400', '404', '500'].each { code ->
    assert edited.count { it ==~ /\s+["']?${code}["']?:/ } == 2 : "both operations gained ${code}:\n${spec.text}"
}
assert edited.count { it.contains('#/components/responses/ApiErrorNotFound') } == 2 : 'and refer to the component'
def index = { String line -> edited.indexOf(line) }
assert index('    Pet:') < index('    ApiError:') && index('    ApiError:') < index('    ApiValidationError:') :
    "the components follow the author's own:\n${spec.text}"
assert index('  responses:') > index('    ApiValidationError:') : 'components/responses was added after the schemas'
assert new File(basedir, 'src/main/openapi').list() as List == ['openapi.yaml'] : 'no temporary file was left'
return true
