# Body parts, each with the body region(s) it lies in. Laterality is read
# from the words around a mention ("right shoulder", "shoulder, left",
# "bilateral wrists"); aliases listed under left, right or bilateral carry
# their own ("RUE" is the right upper extremity).
kind = body_part

# Head and face

[head]
name = head
aliases = skull | scalp | cranium | cranial | brain
regions = head

[face]
name = face
aliases = facial | cheek | forehead | nose | nasal | mouth | chin | eyebrow
regions = head

[jaw]
name = jaw
aliases = temporomandibular joint | TMJ | mandible | mandibular | maxilla | teeth | tooth | dental
regions = head

[eye]
name = eye
aliases = eyes | ocular | orbit | orbital
regions = head

[ear]
name = ear
aliases = ears | eardrum | inner ear | middle ear
regions = head

# Spine

[cervical-spine]
name = cervical spine
aliases = neck | cervical | c-spine | cervical region | cervical paraspinal | cervical paraspinals
	| cervicothoracic | cervicothoracic spine | cervical paravertebral | nape
regions = cervical-spine

[thoracic-spine]
name = thoracic spine
aliases = thoracic | t-spine | upper back | mid back | mid-back | middle back | dorsal spine
	| thoracic region | thoracic paraspinal | thoracic paraspinals | thoracolumbar | thoracolumbar spine
	| thoracic paravertebral | parascapular | interscapular
regions = thoracic-spine

[lumbar-spine]
name = lumbar spine
aliases = lumbar | low back | lower back | l-spine | lumbosacral | lumbosacral spine | lumbar region
	| lumbar paraspinal | lumbar paraspinals | lumbar paravertebral | lumbosacral region | lumbar back
	| lumbar area | low-back
regions = lumbar-spine

[back]
name = back
aliases = backs
regions = spine

[spine]
name = spine
aliases = spinal | spinal column | vertebral column | paraspinal | paraspinals | paravertebral | vertebra | vertebrae
regions = spine
not = spiral

[sacrum]
name = sacrum
aliases = sacral | sacral spine | coccyx | coccygeal | tailbone
regions = lumbar-spine | hip-pelvis

[sacroiliac-joint]
name = sacroiliac joint
aliases = SI joint | sacroiliac | SIJ | sacroiliac joints
regions = lumbar-spine | hip-pelvis

[intervertebral-disc]
name = intervertebral disc
aliases = disc | disk | discs | disks | intervertebral disk
regions = spine

[facet-joint]
name = facet joint
aliases = facet joints | facet | facets | zygapophyseal joint
regions = spine

# Upper extremity

[shoulder]
name = shoulder
aliases = shoulders | shoulder joint | glenohumeral | glenohumeral joint | subacromial | acromion
	| acromioclavicular | acromioclavicular joint | AC joint | scapula | scapular | scapulothoracic
	| shoulder girdle | clavicle | clavicular | glenoid | glenoid labrum | labrum | deltoid | trapezius
regions = shoulder
not = labium | smoulder | trapezoids

[rotator-cuff]
name = rotator cuff
aliases = supraspinatus | infraspinatus | subscapularis | teres minor | supraspinatus tendon
regions = shoulder

[upper-arm]
name = upper arm
aliases = humerus | humeral | biceps | triceps | bicep
regions = upper-extremity

[elbow]
name = elbow
aliases = elbows | olecranon | lateral epicondyle | medial epicondyle | epicondyle | cubital
	| antecubital | radial head
regions = elbow
not = cubical

[forearm]
name = forearm
aliases = forearms | radius | ulna | radial | ulnar
regions = wrist-hand
not = firearm | racial | radical | radium

[wrist]
name = wrist
aliases = wrists | carpal | carpus | scaphoid | distal radius | wrist joint
regions = wrist-hand
not = campus | carnal | carps | corpus

[hand]
name = hand
aliases = hands | palm | palmar | metacarpal | metacarpals | knuckle | knuckles
regions = wrist-hand

[finger]
name = finger
aliases = fingers | digit | digits | phalanx | phalanges | interphalangeal joint | interphalangeal
	| index finger | middle finger | ring finger | small finger | little finger | fingertip
regions = wrist-hand
not = finder | finer | pharynges

[thumb]
name = thumb
aliases = thumbs | first digit
regions = wrist-hand

[upper-extremity]
name = upper extremity
aliases = upper extremities | upper limb | upper limbs | arm | arms | UE | UEs
right = RUE
left = LUE
bilateral = BUE | BUEs | BUE's
regions = upper-extremity

# Lower extremity

[hip]
name = hip
aliases = hips | hip joint | groin | inguinal | buttock | buttocks | gluteal | gluteus | greater trochanter
	| trochanter | trochanteric | iliac crest
regions = hip-pelvis

[pelvis]
name = pelvis
aliases = pelvic | pubic | pubis | ischium | ilium
regions = hip-pelvis

[thigh]
name = thigh
aliases = thighs | femur | femoral | hamstring | hamstrings | quadriceps | quad
regions = hip-pelvis | knee-leg
not = hampering | hamstrung | hasting

[knee]
name = knee
aliases = knees | patella | patellar | kneecap | patellofemoral | meniscus | menisci | meniscal | acl
	| anterior cruciate ligament | ACL | posterior cruciate ligament | PCL | medial collateral ligament
	| MCL | lateral collateral ligament | LCL | knee joint | tibial plateau | iliotibial band | IT band
	| popliteal
regions = knee-leg

[leg]
name = leg
aliases = legs | lower leg | lower legs | calf | calves | shin | tibia | tibial | fibula | fibular
regions = knee-leg
not = carves | caves

[ankle]
name = ankle
aliases = ankles | malleolus | lateral malleolus | medial malleolus | achilles | achilles tendon | talus
	| ankle joint
regions = ankle-foot

[foot]
name = foot
aliases = feet | heel | heels | toe | toes | plantar | plantar fascia | metatarsal | metatarsals | tarsal
	| calcaneus | calcaneal | arch | forefoot | midfoot | hindfoot | lisfranc | great toe | hallux
regions = ankle-foot
not = calcines | planar | planter

[lower-extremity]
name = lower extremity
aliases = lower extremities | lower limb | lower limbs | LE | LEs
right = RLE
left = LLE
bilateral = BLE | BLEs | BLE's
regions = lower-extremity

# Trunk

[chest]
name = chest
aliases = chest wall | rib | ribs | sternum | thorax | thoracic cage | pectoral | intercostal
regions = chest

[abdomen]
name = abdomen
aliases = abdominal | belly | stomach | abdominal wall | flank
regions = abdomen
