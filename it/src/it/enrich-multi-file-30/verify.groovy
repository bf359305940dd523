import groovy.json.JsonSlurper

def enriched = new File(basedir, 'target/api-errors/openapi.json')
assert enriched.isFile() : "the enriched description was not written to ${enriched}"
def api = new JsonSlurper().parse(enriched)
def standard = ['400', '401', '403', '404', '409', '422', '500']

def operations = [
    'GET /orders'          : api.paths['/orders'].get,
    'POST /orders'         : api.paths['/orders'].post,
    'GET /orders/{orderId}': api.paths['/orders/{orderId}'].get,
]
operations.each { label, op ->
    assert op != null : "operation ${label} is missing from the enriched description"
}

// every operation has every standard code, added ones by reference
standard.each { code ->
    assert operations['GET /orders'].responses[code] != null : "GET /orders lacks ${code}"
}
assert operations['GET /orders'].responses['404'].'$ref' == '#/components/responses/ApiErrorNotFound' :
    "added responses point to components/responses"

// author-declared responses are untouched, and a 4XX range covers the client codes
def conflict = operations['POST /orders'].responses['409']
assert conflict.description == 'An order with this id exists already' : "the author's 409 was changed: ${conflict}"
assert conflict.'$ref' == null : "the author's 409 was replaced by a reference"
def single = operations['GET /orders/{orderId}'].responses
assert single.keySet() as List == ['200', '4XX', '500'] :
    "4XX covers the 4xx codes, only 500 is added: ${single.keySet()}"

// one self-contained file: every $ref is local
def refs = []
def collect
collect = { node ->
    if (node instanceof Map) {
        node.each { k, v -> if (k == '$ref') refs << v else collect(v) }
    } else if (node instanceof List) {
        node.each { collect(it) }
    }
}
collect(api)
assert !refs.isEmpty() : "the enriched description has references"
assert refs.every { it.startsWith('#/') } : "non-local references left: ${refs.findAll { !it.startsWith('#/') }}"
assert api.components.schemas.Order.required == ['id', 'total'] : "the author's required list changed order"
assert api.components.schemas.Money.properties.currency.type == 'string' : "money.yaml was bundled as Money"
assert api.info.containsKey('x-owner') && api.info['x-owner'] == null : "a null-valued extension was dropped"
assert api.paths['/orders/{orderId}'].parameters[0].name == 'orderId' : "path-level parameters stay on the path item"
assert api.components.schemas.ApiError.properties.keySet() as List == ['title', 'description', 'request_id', 'timestamp']
assert api.components.schemas.ApiValidationError.properties.keySet() as List == ['title', 'detail', 'status', 'body']

def log = new File(basedir, 'build.log').text
assert log.contains('api-errors: 3 operations, 14 error responses added, 7 author-declared kept') :
    "the summary line is in the build log"
return true
