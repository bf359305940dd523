import groovy.json.JsonSlurper

def enriched = new File(basedir, 'target/api-errors/openapi.json')
assert enriched.isFile() : "the enriched description was not written to ${enriched}"
def api = new JsonSlurper().parse(enriched)
def standard = ['400', '401', '403', '404', '409', '422', '500']

assert api.openapi == '3.1.0' : "the output stays OpenAPI 3.1, was ${api.openapi}"
assert api.jsonSchemaDialect == 'https://spec.openapis.org/oas/3.1/dialect/base' : "jsonSchemaDialect survives"
assert api.components.schemas.Event.properties.payload.type == ['object', 'null'] : "type arrays survive"
assert api.paths['/events/{id}'] == ['$ref': '#/components/pathItems/EventItem'] : "the path item reference stays"

def webhook = api.webhooks.newEvent.post
assert webhook.responses != null : "a webhook without responses gets them (optional in 3.1)"
assert webhook.responses.keySet() as List == standard : "the webhook has every code: ${webhook.responses.keySet()}"

def callback = api.paths['/subscriptions'].post.callbacks.onEvent['{$request.body#/callbackUrl}'].post
assert callback.responses.keySet() as List == ['200'] + standard : "the callback has every code after its own"

def item = api.components.pathItems.EventItem.get
assert item.responses.keySet() as List == standard : "the operation of components/pathItems has every code"

def log = new File(basedir, 'build.log').text
assert log.contains('api-errors: 4 operations, 28 error responses added, 0 author-declared kept') :
    "the summary line is in the build log"
return true
