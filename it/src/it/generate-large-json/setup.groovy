// A description too large to keep in the repository: about 2 MB of pretty JSON with CRLF line
// breaks and text beyond ASCII, some operations with responses of their own, one with none, one
// with responses: null, and a callback.
def out = new File(basedir, 'target/openapi/large.json')
out.parentFile.mkdirs()
def text = new StringBuilder('{\r\n  "openapi": "3.0.3",\r\n  "info": {\r\n    "title": "Größe — 大きい API",\r\n    "version": "1"\r\n  },\r\n  "paths": {')
int count = 2500
for (int i = 0; i < count; i++) {
    text.append(i == 0 ? '' : ',').append('\r\n    "/items/').append(i).append('/{id}": {\r\n      "get": {\r\n')
    text.append('        "operationId": "getItem').append(i).append('",\r\n')
    text.append('        "summary": "Liefert Eintrag ').append(i).append(' — ünïcödé 😀 ').append('x' * 600).append('",\r\n')
    text.append('        "parameters": [\r\n          {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}\r\n        ],\r\n')
    if (i == 1) {
        text.append('        "responses": null\r\n')
    } else if (i == 2) {
        text.append('        "callbacks": {\r\n          "done": {\r\n            "{$request.query.url}": {\r\n              "post": {\r\n                "responses": {\r\n                  "204": {"description": "ok"}\r\n                }\r\n              }\r\n            }\r\n          }\r\n        }\r\n')
    } else {
        text.append('        "responses": {\r\n          "200": {\r\n            "description": "Eintrag ').append(i).append('"\r\n          }')
        if (i % 3 == 0) {
            text.append(',\r\n          "404": {\r\n            "description": "nicht gefunden"\r\n          }')
        }
        text.append('\r\n        }\r\n')
    }
    text.append('      }\r\n    }')
}
text.append('\r\n  }\r\n}\r\n')
out.setText(text.toString(), 'UTF-8')
assert out.length() > 2 * 1024 * 1024 : "the description is larger than 2 MiB (it is ${out.length()} bytes)"
return true
