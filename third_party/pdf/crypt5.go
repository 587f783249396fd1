// AES-256 decryption (security handler revisions 5 and 6, ISO 32000-2
// §7.6.4.3), and the removal of AES padding, added for imrkit.

package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
)

// initEncryptV5 checks password against the user, then the owner entry
// of an AES-256 encryption dictionary and sets the file key.
func (r *Reader) initEncryptV5(encrypt dict, password string) error {
	R, _ := encrypt["R"].(int64)
	if R != 5 && R != 6 {
		return fmt.Errorf("unsupported PDF: encryption revision R=%d", R)
	}
	if !okayV5(encrypt) {
		return fmt.Errorf("unsupported PDF: AES-256 encryption with crypt filters other than AESV3")
	}
	O, _ := encrypt["O"].(string)
	U, _ := encrypt["U"].(string)
	OE, _ := encrypt["OE"].(string)
	UE, _ := encrypt["UE"].(string)
	if len(O) < 48 || len(U) < 48 || len(OE) != 32 || len(UE) != 32 {
		return fmt.Errorf("malformed PDF: missing O, U, OE or UE encryption parameters")
	}
	pw := []byte(password)
	if len(pw) > 127 {
		pw = pw[:127]
	}
	var key []byte
	switch u := []byte(U[:48]); {
	case bytes.Equal(hash2B(pw, u[32:40], nil, R), u[:32]):
		key = unwrapKey(hash2B(pw, u[40:48], nil, R), []byte(UE))
	case bytes.Equal(hash2B(pw, []byte(O[32:40]), u, R), []byte(O[:32])):
		key = unwrapKey(hash2B(pw, []byte(O[40:48]), u, R), []byte(OE))
	default:
		return ErrInvalidPassword
	}
	r.key = key
	r.useAES = true
	return nil
}

// okayV5 reports whether strings and streams use the AESV3 crypt filter.
func okayV5(encrypt dict) bool {
	cf, _ := encrypt["CF"].(dict)
	for _, key := range []name{"StmF", "StrF"} {
		f, _ := encrypt[key].(name)
		if f == "Identity" {
			return false
		}
		param, _ := cf[f].(dict)
		if param["CFM"] != name("AESV3") {
			return false
		}
	}
	return true
}

// unwrapKey decrypts the 32-byte file key (UE or OE) with AES-256 in CBC
// mode with a zero IV.
func unwrapKey(k, wrapped []byte) []byte {
	block, _ := aes.NewCipher(k)
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(key, wrapped)
	return key
}

// hash2B is Algorithm 2.B of ISO 32000-2 (revision 6) or, for revision 5,
// one SHA-256: the hash of password, salt and the user key entry.
func hash2B(pw, salt, udata []byte, R int64) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if R == 5 {
		return k
	}
	hashes := [3]hash.Hash{sha256.New(), sha512.New384(), sha512.New()}
	var e []byte
	for i := 0; i < 64 || int(e[len(e)-1]) > i-32; i++ {
		k1 := bytes.Repeat(append(append(append([]byte(nil), pw...), k...), udata...), 64)
		block, _ := aes.NewCipher(k[:16])
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, c := range e[:16] {
			sum += int(c)
		}
		hh := hashes[sum%3]
		hh.Reset()
		hh.Write(e)
		k = hh.Sum(nil)
	}
	return k[:32]
}

// unpad removes the padding AES encryption adds (RFC 8018 §6.1.1: n bytes
// of value n); data whose end is not padding is returned as is.
func unpad(s []byte) []byte {
	if len(s) == 0 {
		return s
	}
	n := int(s[len(s)-1])
	if n < 1 || n > aes.BlockSize || n > len(s) {
		return s
	}
	for _, c := range s[len(s)-n:] {
		if int(c) != n {
			return s
		}
	}
	return s[:len(s)-n]
}
