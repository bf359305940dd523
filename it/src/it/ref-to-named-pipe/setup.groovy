// A named pipe where piped.yaml's $ref points, made as a user would make one. Nothing ever
// writes to it: a build that opened it for reading would wait for ever.
def pipe = new File(basedir, 'src/main/openapi/pipe.yaml')
pipe.delete()
def mkfifo = ['mkfifo', pipe.path].execute()
assert mkfifo.waitFor() == 0 : "mkfifo made ${pipe}: ${mkfifo.err.text}"
return true
