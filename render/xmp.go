package render

import (
	"bytes"
	"encoding/xml"
	"time"
)

// xmpPacket is the document's XMP metadata: the title, subject and
// keywords, the dates, the tool, and the record (source file, its
// SHA-256, imrkit version, render time) in imrkit's namespace.
func xmpPacket(title, subject, keywords string, rec record) []byte {
	var b bytes.Buffer
	esc := func(s string) string {
		var e bytes.Buffer
		xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	when := rec.rendered.Format(time.RFC3339)
	el := func(name, value string) {
		if value != "" {
			b.WriteString("   <" + name + ">" + esc(value) + "</" + name + ">\n")
		}
	}
	alt := func(name, value string) {
		if value != "" {
			b.WriteString("   <" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(value) + "</rdf:li></rdf:Alt></" + name + ">\n")
		}
	}
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" +
		" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"  <rdf:Description rdf:about=\"\"\n" +
		"    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n" +
		"    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n" +
		"    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n" +
		"    xmlns:imrkit=\"" + xmpNamespace + "\">\n")
	el("dc:format", "application/pdf")
	alt("dc:title", title)
	alt("dc:description", subject)
	el("dc:source", rec.source)
	el("xmp:CreateDate", when)
	el("xmp:ModifyDate", when)
	el("xmp:MetadataDate", when)
	el("xmp:CreatorTool", "imrkit render ("+rec.version+")")
	el("pdf:Producer", producer(rec))
	el("pdf:Keywords", keywords)
	el("imrkit:SourceFile", rec.source)
	el("imrkit:SourceSHA256", rec.sha256)
	el("imrkit:Version", rec.version)
	el("imrkit:RenderTime", when)
	b.WriteString("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}

// xmpNamespace is the XMP namespace of imrkit's own properties.
const xmpNamespace = "https://github.com/imrkit/imrkit/ns/render/1.0/"

func producer(rec record) string { return rec.version + " (go-pdf/fpdf)" }
