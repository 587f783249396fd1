package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"io"
	"strings"
	"testing"
)

func TestValueReaderOnNonStream(t *testing.T) {
	v := testValue(int64(1))
	rd := v.Reader()
	data, err := io.ReadAll(rd)
	if err == nil {
		t.Fatal("expected error reading non-stream value")
	}
	if !strings.Contains(err.Error(), "stream not present") {
		t.Fatalf("error = %q, want it to mention 'stream not present'", err)
	}
	if len(data) != 0 {
		t.Fatalf("read %q, want empty", data)
	}
}

func TestPNGUpReader(t *testing.T) {
	// Two rows of width 2 encoded with the PNG "Up" predictor (filter byte 2).
	input := []byte{2, 5, 10, 2, 1, 1}
	r := &pngReader{r: bytes.NewReader(input), bpp: 1, prev: make([]byte, 2), cur: make([]byte, 3)}
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	want := []byte{5, 10, 6, 11}
	if !bytes.Equal(got, want) {
		t.Fatalf("decoded = %v, want %v", got, want)
	}
}

func TestPNGReaderRowTypes(t *testing.T) {
	// Rows of 3 bytes, one byte per pixel: Sub, Average, Paeth, None.
	input := []byte{1, 1, 1, 1, 3, 1, 1, 1, 4, 0, 0, 0, 0, 7, 8, 9}
	r := &pngReader{r: bytes.NewReader(input), bpp: 1, prev: make([]byte, 3), cur: make([]byte, 4)}
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	// Sub: 1 2 3; Average: 1+(0+1)/2=1, 1+(1+2)/2=2, 1+(2+3)/2=3; Paeth: 1 2 3.
	want := []byte{1, 2, 3, 1, 2, 3, 1, 2, 3, 7, 8, 9}
	if !bytes.Equal(got, want) {
		t.Fatalf("decoded = %v, want %v", got, want)
	}
}

func TestPNGReaderRejectsBadRowType(t *testing.T) {
	r := &pngReader{r: bytes.NewReader([]byte{9, 5, 10}), bpp: 1, prev: make([]byte, 2), cur: make([]byte, 3)}
	_, err := io.ReadAll(r)
	if err == nil || !strings.Contains(err.Error(), "malformed PNG predictor") {
		t.Fatalf("err = %v, want malformed PNG predictor error", err)
	}
}

func TestCBCReader(t *testing.T) {
	key := bytes.Repeat([]byte{0x33}, 16)
	block, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	iv := bytes.Repeat([]byte{0x05}, 16)
	plaintext := []byte("abcdefghijklmnopabcdefghijklmnop") // 32 bytes (2 blocks)
	ct := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, plaintext)

	r := &cbcReader{
		cbc: cipher.NewCBCDecrypter(block, iv),
		rd:  bytes.NewReader(ct),
		buf: make([]byte, 16),
	}
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	if !bytes.Equal(got, plaintext) {
		t.Fatalf("decrypted = %q, want %q", got, plaintext)
	}
}

func TestCryptKeyDeterministicAndSaltAware(t *testing.T) {
	k1 := cryptKey([]byte("secret"), false, objptr{id: 1, gen: 0})
	k2 := cryptKey([]byte("secret"), false, objptr{id: 1, gen: 0})
	if !bytes.Equal(k1, k2) {
		t.Fatal("cryptKey is not deterministic")
	}
	if k3 := cryptKey([]byte("secret"), true, objptr{id: 1, gen: 0}); bytes.Equal(k1, k3) {
		t.Fatal("cryptKey should differ when useAES (salt) differs")
	}
	if k4 := cryptKey([]byte("secret"), false, objptr{id: 2, gen: 0}); bytes.Equal(k1, k4) {
		t.Fatal("cryptKey should differ when object id differs")
	}
	// Algorithm 1 of the PDF spec: n+5 bytes of the hash, at most 16, so
	// a 6-byte key gives 11 bytes and a 40-bit key 10.
	if len(k1) != 11 {
		t.Fatalf("md5-based key length = %d, want 11", len(k1))
	}
	if k := cryptKey(make([]byte, 16), false, objptr{id: 1}); len(k) != 16 {
		t.Fatalf("128-bit key gives an object key of %d bytes, want 16", len(k))
	}
}

func TestDecryptStringRC4RoundTrip(t *testing.T) {
	key := []byte("0123456789abcdef")
	ptr := objptr{id: 3, gen: 1}
	plaintext := "hello, encrypted world"

	// RC4 is a stream cipher; applying the same keystream twice recovers the
	// plaintext, so decryptString is its own inverse here.
	enc := decryptString(key, false, ptr, plaintext)
	if enc == plaintext {
		t.Fatal("RC4 pass did not transform the plaintext")
	}
	if got := decryptString(key, false, ptr, enc); got != plaintext {
		t.Fatalf("round trip = %q, want %q", got, plaintext)
	}
}

func TestDecryptStringAESRoundTrip(t *testing.T) {
	key := bytes.Repeat([]byte{0x42}, 16)
	ptr := objptr{id: 7, gen: 2}

	derived := cryptKey(key, true, ptr)
	block, err := aes.NewCipher(derived)
	if err != nil {
		t.Fatal(err)
	}
	iv := bytes.Repeat([]byte{0x01}, 16)
	plaintext := []byte("0123456789abcdef") // exactly one block, no padding
	ct := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, plaintext)

	sealed := string(append(append([]byte{}, iv...), ct...))
	if got := decryptString(key, true, ptr, sealed); got != string(plaintext) {
		t.Fatalf("round trip = %q, want %q", got, plaintext)
	}
}

func TestOkayV4(t *testing.T) {
	valid := dict{
		name("CF"): dict{
			name("StdCF"): dict{
				name("CFM"):       name("AESV2"),
				name("Length"):    int64(16),
				name("AuthEvent"): name("DocOpen"),
			},
		},
		name("StmF"): name("StdCF"),
		name("StrF"): name("StdCF"),
	}
	if !okayV4(valid) {
		t.Fatal("okayV4(valid) = false, want true")
	}

	if okayV4(dict{name("StmF"): name("A"), name("StrF"): name("B")}) {
		t.Fatal("okayV4 should reject StmF != StrF")
	}
	badCFM := dict{
		name("CF"):   dict{name("StdCF"): dict{name("CFM"): name("V2"), name("Length"): int64(16)}},
		name("StmF"): name("StdCF"),
		name("StrF"): name("StdCF"),
	}
	if okayV4(badCFM) {
		t.Fatal("okayV4 should reject CFM != AESV2")
	}
	badLength := dict{
		name("CF"):   dict{name("StdCF"): dict{name("CFM"): name("AESV2"), name("Length"): int64(8)}},
		name("StmF"): name("StdCF"),
		name("StrF"): name("StdCF"),
	}
	if okayV4(badLength) {
		t.Fatal("okayV4 should reject non-16-byte key length")
	}
	badCFType := dict{
		name("CF"):   dict{name("StdCF"): int64(1234)}, // CF value is not a dict
		name("StmF"): name("StdCF"),
		name("StrF"): name("StdCF"),
	}
	if okayV4(badCFType) {
		t.Fatal("okayV4 should reject a non-dict CF entry")
	}
}

// TestDecryptStreamBuffers decrypts AES streams one after another, each
// given back before the next is read, as Close does: a stream read from
// a reused buffer must not see the last one's data.
func TestDecryptStreamBuffers(t *testing.T) {
	key := bytes.Repeat([]byte{0x42}, 16)
	for i, plain := range []string{
		strings.Repeat("first stream, longer than the next. ", 20),
		"second, short",
		strings.Repeat("third, long again: ", 40),
	} {
		ptr := objptr{id: uint32(i + 1)}
		block, err := aes.NewCipher(cryptKey(key, true, ptr))
		if err != nil {
			t.Fatal(err)
		}
		pad := aes.BlockSize - len(plain)%aes.BlockSize
		padded := append([]byte(plain), bytes.Repeat([]byte{byte(pad)}, pad)...)
		sealed := append(bytes.Repeat([]byte{byte(i)}, aes.BlockSize), make([]byte, len(padded))...)
		cipher.NewCBCEncrypter(block, sealed[:aes.BlockSize]).CryptBlocks(sealed[aes.BlockSize:], padded)

		var held *[]byte
		got, err := io.ReadAll(decryptStream(key, true, ptr, bytes.NewReader(sealed), &held))
		if err != nil || string(got) != plain {
			t.Errorf("stream %d = %q, %v; want %q", i, got, err, plain)
		}
		if held == nil {
			t.Fatalf("stream %d: no buffer to give back", i)
		}
		releaseBuf(held)
	}
}
