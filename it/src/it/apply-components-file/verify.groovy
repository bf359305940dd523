// the definitions go into a file of their own; the main JSON file refers to them there; generate adds nothing.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def folder = new File(basedir, 'src/main/openapi')
def errors = new File(folder, 'errors.yaml')

assert errors.isFile() : "apply created ${errors}"
assert lines.contains('[INFO] api-errors: 2 error responses and 3 components added to 2 files') :
    "apply added two responses and three components:\n${log}"
def api = new JsonSlurper().parse(new File(folder, 'openapi.json'))
assert api.paths['/pets/{petId}'].get.responses.keySet() as List == ['200', '404', '500'] : 'the operation gained 404 and 500'
assert api.paths['/pets/{petId}'].get.responses['404'].'$ref' == '#/components/responses/ApiErrorNotFound'
assert api.components.responses.ApiErrorNotFound == ['$ref': 'errors.yaml#/components/responses/ApiErrorNotFound'] :
    "the main file's component only refers to the definition: ${api.components}"
assert api.components.schemas.ApiError == ['$ref': 'errors.yaml#/components/schemas/ApiError']
def definitions = errors.text
assert definitions.startsWith('components:\n') && definitions.contains('request_id') :
    "the definitions are in ${errors}:\n${definitions}"
assert lines.contains('[INFO] api-errors: 1 operations, 0 error responses added, 2 author-declared kept') :
    "generate, in the next build, found everything:\n${log}"
assert lines.contains('[INFO] api-errors: the description has every error response of the convention') : 'check passed'
return true
