# Services: tests, treatments, procedures and equipment. Categories are
# listed in doc.go. Abbreviations are written in capitals and match only
# text written in capitals; add a lower-case alias where lower case is
# common ("mri").
kind = service

# Imaging

[mri]
alternatives = mr-arthrogram | mr-angiogram
name = MRI
category = imaging
aliases = magnetic resonance imaging | mri | MRI scan | MR imaging | magnetic resonance | MR scan
	| magnetic resonance imaging scan | NMR | open MRI | upright MRI | positional MRI | standing MRI
	| 3T MRI | closed MRI

[mr-arthrogram]
name = MR arthrogram
category = imaging
aliases = MR arthrography | MRI arthrogram | magnetic resonance arthrogram | magnetic resonance arthrography
	| arthrogram | arthrography | MRI with arthrogram | CT arthrogram

[mr-angiogram]
name = MR angiogram
category = imaging
aliases = MRA | magnetic resonance angiography | angiogram | angiography | arteriogram | venogram

[ct]
alternatives = myelogram | discogram
name = CT scan
category = imaging
aliases = CT | computed tomography | CAT scan | computerized tomography | computed axial tomography
	| CT scans | ct scan | CT myelogram

[x-ray]
name = X-ray
category = imaging
aliases = x-rays | radiograph | radiographs | radiography | radiographic | plain film | plain films
	| xray | roentgenogram | chest x-ray | CXR | flexion extension views | flexion-extension x-rays
	| radiological studies | radiologic studies | XR

[bone-scan]
name = bone scan
category = imaging
aliases = three phase bone scan | triple phase bone scan | 3-phase bone scan | bone scintigraphy
	| nuclear bone scan | scintigraphy | nuclear medicine scan | SPECT scan | SPECT

[ultrasound]
name = ultrasound
category = imaging
aliases = diagnostic ultrasound | sonogram | ultrasonography | sonography | musculoskeletal ultrasound
	| doppler | duplex ultrasound | doppler ultrasound | ultrasound-guided | ultrasound guidance
not = stenography

[pet-scan]
name = PET scan
category = imaging
aliases = positron emission tomography | PET | PET/CT

[dexa]
name = DEXA scan
category = imaging
aliases = DEXA | DXA | bone density scan | bone densitometry | bone mineral density | bone density test

[myelogram]
name = myelogram
category = imaging
aliases = myelography
not = myography

[discogram]
name = discogram
category = imaging
aliases = discography | provocative discography | diskogram | diskography | provocative discogram

[echocardiogram]
name = echocardiogram
category = imaging
aliases = echocardiography | cardiac echo | 2D echo | transthoracic echocardiogram | TTE

[fluoroscopy]
name = fluoroscopy
category = imaging
aliases = fluoroscopic guidance | fluoroscopically guided | under fluoroscopy | videofluoroscopy

[trigger-point-impedance-imaging]
name = trigger point impedance imaging
category = imaging
aliases = TPII | trigger points impedance imaging | impedance imaging

[thermography]
name = thermography
category = imaging
aliases = thermogram | infrared thermography | thermal imaging

[diagnostic-imaging]
alternatives = mri | ct | x-ray | bone-scan | ultrasound | pet-scan | dexa | mr-arthrogram | mr-angiogram | myelogram | discogram | fluoroscopy
name = diagnostic imaging
category = imaging
aliases = imaging | imaging study | imaging studies | diagnostic studies | radiology | radiological imaging
	| advanced imaging | diagnostic imaging studies
not = imagine

# Electrodiagnostic studies

[emg]
alternatives = nerve-conduction | surface-emg
name = EMG
category = electrodiagnostic
aliases = electromyography | electromyogram | emg | needle EMG | needle electromyography | EMGs

[nerve-conduction]
name = nerve conduction study
category = electrodiagnostic
aliases = NCV | NCS | nerve conduction velocity | nerve conduction studies | nerve conduction velocities
	| nerve conduction velocity study | nerve conduction | ncv | ncs | nerve conduction test | NCT
	| nerve conduction testing | NCVs

[electrodiagnostic-testing]
alternatives = emg | nerve-conduction | ssep | surface-emg | current-perception-threshold
name = electrodiagnostic testing
category = electrodiagnostic
aliases = EMG/NCV | EMG/NCS | NCV/EMG | NCS/EMG | EMG and NCV | EMG and NCS | NCV and EMG | NCS and EMG
	| EMG/NCV studies | EMG/NCS studies | electrodiagnostic studies | electrodiagnostic study
	| electrodiagnostic | electrodiagnostics | electrodiagnostic testing (EMG/NCS) | emg/ncv | emg/ncs
	| electrodiagnostic test | electrodiagnostic tests | EMG-NCV | EMG-NCS | EDX | EMG/NCVs | NCV/EMGs

[ssep]
name = SSEP
category = electrodiagnostic
aliases = somatosensory evoked potentials | somatosensory evoked potential | SSEPs | evoked potentials
	| evoked potential | SEP | somatosensory evoked potential studies | intraoperative monitoring
	| intra-operative monitoring | neuromonitoring | intraoperative neurophysiological monitoring

[eeg]
name = EEG
category = electrodiagnostic
aliases = electroencephalogram | electroencephalography | qEEG | quantitative EEG | eeg
	| electroencephalograph

[current-perception-threshold]
name = current perception threshold testing
category = electrodiagnostic
aliases = current perception threshold | CPT testing | sensory nerve conduction threshold | sNCT | pNCT
	| quantitative sensory testing | QST

[surface-emg]
name = surface EMG
category = electrodiagnostic
aliases = sEMG | surface electromyography | dynamic surface EMG

[vestibular-testing]
name = vestibular testing
category = electrodiagnostic
aliases = VNG | videonystagmography | ENG | electronystagmography | vestibular function testing
	| rotational chair testing

# Laboratory and other tests

[urine-drug-screen]
name = urine drug screen
category = labs
aliases = UDS | urine drug test | urine drug testing | urine toxicology | urine toxicology screen
	| urine drug screening | drug screen | drug screening | toxicology screen | urine tox | urine tox screen
	| drug test | drug testing | UDT | urine drug screens | urine screen | toxicology testing
	| urine drug toxicology | random urine drug screen | quantitative urine drug screen

[cbc]
name = complete blood count
category = labs
aliases = CBC | blood count | CBC with differential | hemogram | hemoglobin | hematocrit

[chem-panel]
name = chemistry panel
category = labs
aliases = chem panel | CMP | comprehensive metabolic panel | BMP | basic metabolic panel | chem 7 | chem 12
	| chem-7 | chem-12 | metabolic panel | chemistry | chemistries | electrolytes
not = chemist | chemists | electrocutes | electrolysis | electroplates

[coagulation-studies]
name = coagulation studies
category = labs
aliases = PT/PTT | PT/INR | PT and PTT | PT, PTT | prothrombin time | partial thromboplastin time | PTT
	| INR | coagulation panel | coags | coagulation profile | PT/PTT/INR

[urinalysis]
name = urinalysis
category = labs
aliases = UA | urine analysis | U/A | urine test | urine studies

[ekg]
name = EKG
category = labs
aliases = ECG | electrocardiogram | electrocardiography | 12-lead EKG | 12 lead EKG | ekg | ecg
	| electrocardiograph

[liver-function]
name = liver function tests
category = labs
aliases = LFT | LFTs | liver function test | hepatic function panel | liver panel | hepatic panel
	| liver enzymes | liver function

[renal-function]
name = renal function tests
category = labs
aliases = renal function test | kidney function tests | renal panel | creatinine | BUN | BUN/creatinine
	| renal function

[hba1c]
name = HbA1c
category = labs
aliases = hemoglobin A1c | A1c | glycated hemoglobin | glycosylated hemoglobin | HgbA1c

[laboratory-tests]
alternatives = cbc | chem-panel | coagulation-studies | hba1c | liver-function | renal-function | urinalysis | urine-drug-screen | genetic-testing
name = laboratory tests
category = labs
aliases = labs | lab work | laboratory studies | blood work | bloodwork | blood tests | blood test
	| lab tests | lab test | laboratory testing | labwork | lab panel | lab | laboratory work
	| laboratory | laboratory panel | serum levels | pre-op labs | preoperative labs | pre-operative labs
	| laboratory evaluation | lipid panel | thyroid panel | TSH | vitamin D level

[genetic-testing]
name = genetic testing
category = labs
aliases = pharmacogenetic testing | pharmacogenomic testing | cytokine DNA testing | DNA testing
	| genetic metabolism test | genetic test | genetic opioid risk testing | genetic risk testing
	| cytochrome P450 testing | CYP450 testing | pharmacogenetic test | genetic markers

[sleep-study]
name = sleep study
category = labs
aliases = polysomnography | polysomnogram | PSG | sleep test | overnight sleep study | sleep studies
	| home sleep study | multiple sleep latency test | MSLT

[stress-test]
name = cardiac stress test
category = labs
aliases = stress test | treadmill stress test | exercise stress test | nuclear stress test | stress echo
	| thallium stress test | Holter monitor | Holter | event monitor | cardiac monitor | heart monitor
not = halter | holder | holier | holler | holster | hooter | hotter

[pulmonary-function-test]
name = pulmonary function test
category = labs
aliases = PFT | PFTs | spirometry | pulmonary function testing | pulmonary function tests

[audiogram]
name = audiogram
category = labs
aliases = audiometry | hearing test | audiological evaluation | audiologic evaluation | hearing evaluation
	| audiometric testing | tympanometry | audiology

# Physical medicine

[physical-therapy]
alternatives = physical-therapy-evaluation | therapeutic-exercise | modalities | home-exercise-program | aquatic-therapy | rehabilitation
name = physical therapy
category = physical-medicine
aliases = PT | physiotherapy | physio | physical rehabilitation | physical medicine | physical medicine treatment
	| physical therapy treatment | physical therapy treatments | outpatient physical therapy | land-based therapy
	| land based therapy | physical therapies | PTs | therapy sessions | physical therapist
	| home physical therapy | physical medicine and rehabilitation therapy | physiotherapy sessions

[physical-therapy-evaluation]
name = physical therapy evaluation
category = physical-medicine
aliases = PT evaluation | PT eval | physical therapy re-evaluation | physical therapy assessment
	| PT re-evaluation | physical therapy eval | physical therapy consultation

[occupational-therapy]
name = occupational therapy
category = physical-medicine
aliases = OT | hand therapy | occupational therapist | certified hand therapist | CHT | occupational therapies

[chiropractic]
alternatives = manipulation
name = chiropractic
category = physical-medicine
aliases = chiropractic treatment | chiropractic care | chiropractic therapy | chiropractic manipulation
	| chiro | chiropractor | chiropractic sessions | chirophysio therapy | chirophysiotherapy
	| chiro-physio therapy | chiropractic physiotherapy | CMT | chiropractic manipulative treatment
	| chiropractic adjustment | chiropractic adjustments | spinal adjustment | chiropractic visits
	| chiropractic treatments | chiropractic physical therapy | chiropractic/physiotherapy

[manipulation]
name = manual therapy and manipulation
category = physical-medicine
aliases = spinal manipulation | manipulation | manual therapy | manipulative therapy | osteopathic manipulation
	| OMT | osteopathic manipulative treatment | osteopathic manipulative therapy | mobilization
	| joint mobilization | spinal manipulative therapy | SMT | manual therapy & manipulation
	| manual treatment | osteopathic treatment | osteopathy | spinal mobilization

[acupuncture]
name = acupuncture
category = physical-medicine
aliases = electroacupuncture | electro-acupuncture | acupuncture treatment | acupuncture treatments
	| acupuncture sessions | acupressure | dry needling | acupuncturist | acupuncture therapy
	| acupuncture with electrical stimulation | auricular acupuncture | acupuncture visits

[massage]
name = massage therapy
category = physical-medicine
aliases = massage | myofascial release | soft tissue mobilization | therapeutic massage | deep tissue massage
	| massage therapist | soft tissue massage | myofascial release therapy | soft tissue therapy
not = message | messages | messaged

[aquatic-therapy]
name = aquatic therapy
category = physical-medicine
aliases = aqua therapy | aquatherapy | pool therapy | hydrotherapy | water therapy | aquatic exercise
	| water-based therapy | aquatic physical therapy | pool exercise | water exercise | aqua-therapy

[work-hardening]
name = work hardening
category = physical-medicine
aliases = work conditioning | work hardening program | work conditioning program | work hardening/conditioning
	| work simulation

[functional-restoration-program]
name = functional restoration program
category = physical-medicine
aliases = FRP | functional restoration | multidisciplinary pain program | interdisciplinary pain program
	| chronic pain program | pain management program | HELP program | interdisciplinary pain management
	| multidisciplinary pain management program | functional restoration programs
	| interdisciplinary rehabilitation program | chronic pain management program | pain rehabilitation program
	| multidisciplinary rehabilitation

[home-exercise-program]
name = home exercise program
category = physical-medicine
aliases = HEP | home exercises | home exercise | home exercise regimen | independent home exercise
	| home-based exercise | home exercise plan | self-directed home exercise

[therapeutic-exercise]
name = therapeutic exercise
category = physical-medicine
aliases = exercise therapy | therapeutic exercises | exercise program | strengthening exercises
	| stretching exercises | range of motion exercises | active therapy | active modalities


[electrical-stimulation]
name = electrical stimulation
category = physical-medicine
aliases = e-stim | electric stimulation | estim | electrotherapy | galvanic stimulation
	| electrical muscle stimulation | galvanic | high voltage pulsed current | electrical stimulation therapy

[therapeutic-ultrasound]
name = therapeutic ultrasound
category = physical-medicine
aliases = ultrasound therapy | ultrasound, therapeutic | therapeutic US | phonophoresis

[iontophoresis]
name = iontophoresis
category = physical-medicine
aliases = ionto

[eswt]
name = extracorporeal shockwave therapy
category = physical-medicine
aliases = ESWT | extracorporeal shock wave therapy | shockwave therapy | shock wave therapy | shockwave
	| extracorporeal shockwave | radial shockwave therapy | ESWL | extracorporeal shock wave
not = shortwave

[laser-therapy]
name = low level laser therapy
category = physical-medicine
aliases = LLLT | laser therapy | cold laser | cold laser therapy | low-level laser therapy | infrared therapy
	| infrared | laser treatment | class IV laser | high intensity laser therapy | photobiomodulation

[traction]
name = traction
category = physical-medicine
aliases = cervical traction | lumbar traction | mechanical traction | spinal traction | intermittent traction
	| spinal decompression therapy | VAX-D | DRX9000 | non-surgical spinal decompression
	| nonsurgical spinal decompression | decompression therapy

[thermotherapy]
name = heat and cold therapy
category = physical-medicine
aliases = heat therapy | heat/cold therapy | hot/cold therapy | heat and cold | heat and ice | thermotherapy
	| moist heat | diathermy | hot packs | cold packs | hot and cold packs | ice | heat | ice therapy
	| hot and cold therapy | hot/cold packs | superficial heat | cryotherapy modality | contrast baths
	| paraffin | paraffin bath | paraffin wax | fluidotherapy

[kinesio-taping]
name = kinesio taping
category = physical-medicine
aliases = kinesiotape | kinesio tape | kinesiotaping | taping | athletic taping | KT tape | strapping
not = sapping | scraping | scrapping | slapping | snapping | stamping | stapling | stepping | stopping | strafing | stranding | strawing | straying | striping | stripling | stropping | swapping | taking | taming | tamping | tapping | taring | taxing | typing

[modalities]
alternatives = electrical-stimulation | thermotherapy | therapeutic-ultrasound | iontophoresis | traction | massage
name = physical modalities
category = physical-medicine
aliases = modalities | passive modalities | passive therapy | passive treatment | modality
	| passive physical modalities | therapeutic modalities
not = moralities

[rehabilitation]
alternatives = occupational-therapy | functional-restoration-program | cognitive-rehabilitation | work-hardening | speech-therapy
name = rehabilitation
category = physical-medicine
aliases = rehab | rehabilitation therapy | outpatient rehabilitation | rehabilitation program
	| rehabilitation services | outpatient rehab | postoperative rehabilitation | post-operative rehabilitation
	| post-op rehabilitation | postsurgical rehabilitation | post-surgical physical therapy
	| postoperative physical therapy | post-operative physical therapy | postsurgical physical therapy

[speech-therapy]
name = speech therapy
category = physical-medicine
aliases = speech-language therapy | speech language pathology | speech pathology | speech and language therapy

[cognitive-rehabilitation]
name = cognitive rehabilitation
category = physical-medicine
aliases = cognitive rehab | cognitive retraining | cognitive remediation | brain injury rehabilitation
	| neurorehabilitation | vestibular therapy | vestibular rehabilitation | vision therapy | vestibular rehab

[lint]
name = localized intense neurostimulation therapy
category = physical-medicine
aliases = LINT | hyperstimulation analgesia | neurostimulation therapy | localized intense neurostimulation

[pens]
name = percutaneous electrical nerve stimulation
category = physical-medicine
aliases = PENS | PNT | percutaneous neuromodulation therapy | percutaneous electrical neuromodulation
	| scrambler therapy | Calmare | Calmare therapy | auricular stimulation | P-Stim | ear stimulation

[mind-body]
name = yoga
category = physical-medicine
aliases = tai chi | pilates | qigong | mind-body exercise | yoga classes
not = palates | pirates | plates

# Injections

[epidural-steroid-injection]
name = epidural steroid injection
category = injections
aliases = ESI | epidural injection | epidural | epidural steroid | transforaminal epidural steroid injection
	| TFESI | TESI | interlaminar epidural steroid injection | ILESI | caudal epidural | caudal epidural steroid injection
	| LESI | CESI | TFE | selective nerve root block | SNRB | nerve root block | transforaminal injection
	| transforaminal epidural | epidural steroids | epidural block | interlaminar epidural
	| translaminar epidural steroid injection | epidural steroid injections (ESIs) | cervical epidural
	| lumbar epidural | epidural injections

[facet-injection]
name = facet joint injection
category = injections
aliases = facet injection | facet block | facet joint block | medial branch block | MBB | MBBs
	| facet joint medial branch block | intra-articular facet injection | facet joint diagnostic block
	| facet blocks | medial branch blocks | diagnostic facet block | facet joint blocks | facet nerve block
	| facet joint injections | diagnostic medial branch block

[radiofrequency-ablation]
name = radiofrequency ablation
category = injections
aliases = RFA | radiofrequency neurotomy | radiofrequency rhizotomy | rhizotomy | facet rhizotomy | neurotomy
	| radiofrequency lesioning | facet neurotomy | radiofrequency denervation | RF ablation | RF neurotomy
	| radio frequency ablation | radiofrequency | facet joint radiofrequency neurotomy
	| medial branch radiofrequency neurotomy | cryoablation | cryoneurolysis | genicular nerve ablation

[trigger-point-injection]
name = trigger point injection
category = injections
aliases = TPI | TPIs | trigger point injections | trigger point injection therapy | trigger point
	| trigger points injection | trigger-point injection

[prp-injection]
name = platelet-rich plasma injection
category = injections
aliases = PRP | PRP injection | platelet rich plasma | platelet-rich plasma | platelet rich plasma injection
	| platelet-rich plasma therapy | PRP therapy | autologous blood injection | autologous conditioned plasma
	| platelet rich plasma injections

[cortisone-injection]
alternatives = epidural-steroid-injection | facet-injection | si-joint-injection | trigger-point-injection | joint-aspiration
name = corticosteroid injection
category = injections
aliases = cortisone injection | steroid injection | cortisone shot | steroid shot | intra-articular injection
	| intra-articular steroid injection | joint injection | subacromial injection | corticosteroid injections
	| intraarticular injection | steroid injections | cortisone injections | Kenalog injection
	| Depo-Medrol injection | intra-articular corticosteroid injection | tendon sheath injection
	| bursa injection | subacromial steroid injection | knee injection | shoulder injection

[viscosupplementation]
name = viscosupplementation
category = injections
aliases = hyaluronic acid injection | hyaluronic acid injections | Synvisc | Synvisc-One | Euflexxa | Orthovisc
	| Supartz | Hyalgan | Gel-One | Monovisc | hyaluronate injection | Durolane | viscosupplement injection
	| visco-supplementation | viscosupplement | hyaluronic acid | Gelsyn | GenVisc | Hymovis | TriVisc

[si-joint-injection]
name = sacroiliac joint injection
category = injections
aliases = SI joint injection | SI joint block | sacroiliac joint block | SIJ injection | sacroiliac injection
	| SI injection | sacroiliac joint blocks | SI joint injections

[nerve-block]
alternatives = facet-injection | epidural-steroid-injection | radiofrequency-ablation
name = nerve block
category = injections
aliases = peripheral nerve block | occipital nerve block | greater occipital nerve block | stellate ganglion block
	| sympathetic block | lumbar sympathetic block | suprascapular nerve block | genicular nerve block
	| intercostal nerve block | nerve blocks | sympathetic nerve block | ganglion block | regional block
	| interscalene block | femoral nerve block | scalene block | ilioinguinal nerve block

[botox]
name = Botox injection
category = injections
aliases = botulinum toxin injection | Botox | botulinum toxin | onabotulinumtoxinA | Botox injections
	| botulinum toxin type A | Dysport | Myobloc | Xeomin
not = disport

[prolotherapy]
name = prolotherapy
category = injections
aliases = sclerotherapy | dextrose prolotherapy | proliferation therapy | prolotherapy injections

[stem-cell-injection]
name = stem cell injection
category = injections
aliases = stem cell therapy | stem cell injections | stem cells | bone marrow aspirate concentrate | BMAC
	| amniotic injection | amniotic membrane injection | regenerative injection

[toradol-injection]
name = Toradol injection
category = injections
aliases = ketorolac injection | IM Toradol | Toradol shot | Toradol IM | intramuscular Toradol
	| ketorolac tromethamine injection | intramuscular ketorolac

[vitamin-injection]
name = vitamin B12 injection
category = injections
aliases = B12 injection | vitamin injection | B-12 injection | B12 injections | vitamin B12 injections
	| cyanocobalamin injection

[intradiscal]
name = intradiscal electrothermal therapy
category = injections
aliases = IDET | intradiscal electrothermal annuloplasty | intradiscal therapy | annuloplasty
	| intradiscal steroid injection | biacuplasty | intradiscal injection

[adhesiolysis]
name = percutaneous adhesiolysis
category = injections
aliases = neuroplasty | epidural adhesiolysis | epidural lysis of adhesions | lysis of adhesions
	| Racz procedure | neurolysis | epidural neurolysis | percutaneous epidural neurolysis
	| neurolytic injection | injection of neurolytic substance | epidural neuroplasty
not = neurosis

[joint-aspiration]
name = joint aspiration
category = injections
aliases = aspiration | arthrocentesis | aspiration and injection | joint aspirations

[injection]
alternatives = cortisone-injection | epidural-steroid-injection | facet-injection | nerve-block | si-joint-injection | trigger-point-injection | joint-aspiration | viscosupplementation | prp-injection | botox | toradol-injection | vitamin-injection | prolotherapy | stem-cell-injection | intradiscal
name = injection
category = injections
aliases = injection therapy | injections | injectable | therapeutic injection | diagnostic injection
	| fluoroscopically guided injection | ultrasound guided injection
not = inaction | inception | induction | ingestion | injector | injunction | inspection | intention | invention

# Surgery

[arthroscopy]
alternatives = meniscectomy | chondroplasty | labral-repair | subacromial-decompression | acl-reconstruction | rotator-cuff-repair | distal-clavicle-excision | biceps-tenodesis | manipulation-under-anesthesia
name = arthroscopy
category = surgery
aliases = arthroscopic surgery | operative arthroscopy | diagnostic arthroscopy | arthroscopic
	| arthroscopic procedure | arthroscopically | arthroscopic repair | arthroscopic reconstruction

[rotator-cuff-repair]
name = rotator cuff repair
category = surgery
aliases = RCR | rotator cuff surgery | rotator cuff reconstruction | cuff repair | arthroscopic rotator cuff repair
	| repair of rotator cuff | mini-open rotator cuff repair

[subacromial-decompression]
name = subacromial decompression
category = surgery
aliases = SAD | acromioplasty | arthroscopic subacromial decompression | ASAD | subacromial decompression/acromioplasty
	| arthroscopic acromioplasty

[decompression]
alternatives = laminectomy | discectomy | nerve-decompression | subacromial-decompression | carpal-tunnel-release | cubital-tunnel-release
name = decompression
category = surgery
aliases = surgical decompression | decompressive surgery | decompression surgery | spinal decompression
	| decompressive

[labral-repair]
name = labral repair
category = surgery
aliases = SLAP repair | superior labral anterior posterior repair | labrum repair | Bankart repair
	| capsulorrhaphy | capsular shift | labral debridement | labral reconstruction | Bankart
	| capsular release | capsulotomy | Latarjet

[biceps-tenodesis]
name = biceps tenodesis
category = surgery
aliases = tenodesis | biceps tenotomy | tenotomy | tenodesis of the biceps

[distal-clavicle-excision]
name = distal clavicle excision
category = surgery
aliases = distal clavicle resection | Mumford procedure | Mumford | distal clavicle excision/resection
	| distal clavicectomy | distal claviculectomy

[arthroplasty]
alternatives = knee-replacement | hip-replacement | shoulder-replacement | disc-replacement
name = joint replacement
category = surgery
aliases = arthroplasty | total joint replacement | total joint arthroplasty | joint arthroplasty
	| hemiarthroplasty | resurfacing

[knee-replacement]
name = total knee replacement
category = surgery
aliases = TKR | total knee arthroplasty | TKA | knee replacement | knee arthroplasty
	| unicompartmental knee arthroplasty | partial knee replacement | unicompartmental knee replacement
	| UKA | revision knee arthroplasty

[hip-replacement]
name = total hip replacement
category = surgery
aliases = THR | THA | total hip arthroplasty | hip replacement | hip arthroplasty | hip resurfacing

[shoulder-replacement]
name = shoulder arthroplasty
category = surgery
aliases = shoulder replacement | total shoulder arthroplasty | TSA | reverse total shoulder arthroplasty
	| reverse shoulder arthroplasty | total shoulder replacement | RTSA

[fusion]
name = spinal fusion
category = surgery
aliases = fusion | arthrodesis | ACDF | anterior cervical discectomy and fusion | PLIF | TLIF | ALIF | XLIF
	| posterior lumbar interbody fusion | transforaminal lumbar interbody fusion
	| anterior lumbar interbody fusion | interbody fusion | posterolateral fusion | 360 fusion
	| fusion surgery | spine fusion | instrumented fusion | anterior cervical fusion
	| anterior cervical discectomy with fusion | lateral interbody fusion | fusions

[discectomy]
name = discectomy
category = surgery
aliases = diskectomy | microdiscectomy | microdiskectomy | micro discectomy | micro-discectomy
	| percutaneous discectomy | endoscopic discectomy | disc excision | discectomies

[laminectomy]
alternatives = discectomy | fusion
name = laminectomy
category = surgery
aliases = laminotomy | hemilaminectomy | foraminotomy | laminoplasty | facetectomy | hemilaminotomy
	| laminectomies | corpectomy

[disc-replacement]
name = artificial disc replacement
category = surgery
aliases = total disc replacement | disc arthroplasty | cervical disc arthroplasty | disc replacement
	| lumbar disc arthroplasty | artificial disc | TDR

[kyphoplasty]
name = kyphoplasty
category = surgery
aliases = vertebroplasty | balloon kyphoplasty | vertebral augmentation

[spinal-cord-stimulator]
name = spinal cord stimulator
category = surgery
aliases = SCS | spinal cord stimulator trial | spinal cord stimulation | dorsal column stimulator
	| neurostimulator | neurostimulator implant | dorsal root ganglion stimulation | DRG stimulation
	| peripheral nerve stimulator | spinal cord stimulator implantation | stimulator trial

[intrathecal-pump]
name = intrathecal pump
category = surgery
aliases = pain pump | intrathecal drug delivery system | morphine pump | intrathecal drug delivery
	| implantable pump | intrathecal pump trial | implantable drug delivery system

[carpal-tunnel-release]
name = carpal tunnel release
category = surgery
aliases = CTR | carpal tunnel surgery | endoscopic carpal tunnel release | carpal tunnel decompression
	| open carpal tunnel release | median nerve release | carpal tunnel releases

[cubital-tunnel-release]
name = cubital tunnel release
category = surgery
aliases = ulnar nerve transposition | ulnar nerve release | ulnar nerve decompression | cubital tunnel surgery
	| ulnar nerve anterior transposition | in situ ulnar nerve decompression

[trigger-finger-release]
name = trigger finger release
category = surgery
aliases = A1 pulley release | trigger thumb release | trigger digit release | A-1 pulley release

[de-quervain-release]
name = de Quervain's release
category = surgery
aliases = first dorsal compartment release | de Quervain release | first extensor compartment release

[meniscectomy]
name = meniscectomy
category = surgery
aliases = partial meniscectomy | meniscus repair | meniscal repair | meniscal debridement | menisectomy
	| partial medial meniscectomy | partial lateral meniscectomy | meniscus surgery

[acl-reconstruction]
name = ACL reconstruction
category = surgery
aliases = anterior cruciate ligament reconstruction | ACL repair | ACL surgery | ligament reconstruction
	| ligament repair | MCL repair | PCL reconstruction

[chondroplasty]
name = chondroplasty
category = surgery
aliases = microfracture | debridement | synovectomy | lateral release | loose body removal
	| removal of loose bodies | abrasion arthroplasty | cartilage repair | osteochondral graft | OATS
	| autologous chondrocyte implantation | ACI

[fracture-repair]
name = fracture repair
category = surgery
aliases = ORIF | open reduction internal fixation | open reduction and internal fixation | internal fixation
	| closed reduction | fracture fixation | intramedullary nail | IM nail | intramedullary nailing
	| percutaneous pinning | external fixation | closed reduction and percutaneous pinning | CRPP

[hardware-removal]
name = hardware removal
category = surgery
aliases = removal of hardware | implant removal | removal of implant | hardware extraction | ROH

[tendon-repair]
name = tendon repair
category = surgery
aliases = tendon transfer | Achilles tendon repair | extensor tendon repair | flexor tendon repair
	| tendon reconstruction | tenolysis | tendon debridement

[epicondylar-release]
name = lateral epicondyle release
category = surgery
aliases = lateral epicondylar release | tennis elbow release | epicondylectomy | Tenex | lateral epicondyle debridement
	| common extensor tendon release | extensor tendon release | lateral release of elbow

[plantar-fascia-release]
name = plantar fascia release
category = surgery
aliases = plantar fasciotomy | plantar fasciectomy | endoscopic plantar fasciotomy | Topaz

[foot-surgery]
name = foot surgery
category = surgery
aliases = bunionectomy | hammertoe correction | hammer toe repair | osteotomy | ankle arthrodesis
	| ankle stabilization | Brostrom | Brostrom procedure | ankle reconstruction | cheilectomy

[hernia-repair]
name = hernia repair
category = surgery
aliases = herniorrhaphy | inguinal hernia repair | hernioplasty | hernia surgery | laparoscopic hernia repair

[ganglion-excision]
name = ganglion cyst excision
category = surgery
aliases = ganglionectomy | excision of ganglion cyst | ganglion excision | cyst excision | mass excision

[amputation]
name = amputation
category = surgery
aliases = revision amputation | digit amputation | finger amputation | amputations

[manipulation-under-anesthesia]
name = manipulation under anesthesia
category = surgery
aliases = MUA | closed manipulation | manipulation under anaesthesia

[nerve-decompression]
alternatives = carpal-tunnel-release | cubital-tunnel-release
name = nerve decompression
category = surgery
aliases = nerve release | peripheral nerve decompression | nerve repair | neurectomy | tarsal tunnel release
	| nerve transposition | neurolysis of nerve

[skin-surgery]
name = wound repair
category = surgery
aliases = skin graft | scar revision | wound closure | incision and drainage | I&D | wound debridement
	| excisional debridement

[general-surgery]
alternatives = anesthesia | assistant-surgeon | surgical-facility
	| acl-reconstruction | amputation | arthroplasty | arthroscopy | biceps-tenodesis | carpal-tunnel-release
	| chondroplasty | cubital-tunnel-release | de-quervain-release | decompression | disc-replacement | discectomy
	| distal-clavicle-excision | epicondylar-release | foot-surgery | fracture-repair | fusion | ganglion-excision
	| hardware-removal | hernia-repair | hip-replacement | intrathecal-pump | knee-replacement | kyphoplasty
	| labral-repair | laminectomy | manipulation-under-anesthesia | meniscectomy | nerve-decompression | plantar-fascia-release
	| rotator-cuff-repair | shoulder-replacement | skin-surgery | spinal-cord-stimulator | subacromial-decompression | tendon-repair
	| trigger-finger-release
name = surgery
category = surgery
aliases = surgical intervention | operation | surgical procedure | spine surgery | spinal surgery
	| surgical treatment | operative intervention | operative treatment | surgical repair
	| surgical management | revision surgery | open surgery
	| outpatient surgery | surgeries | operative procedure | laparoscopy | laparotomy
	| exploratory laparotomy | colon resection
not = operatic | overactive

[assistant-surgeon]
name = assistant surgeon
category = surgery
aliases = surgical assistant | assistant at surgery | co-surgeon | surgical assist | assistant surgeon services
	| physician assistant surgeon | first assistant | registered nurse first assistant | RNFA | PA assist
	| PA assistant | physician assistant assist

[anesthesia]
name = anesthesia
category = surgery
aliases = general anesthesia | anesthesiologist | monitored anesthesia care | MAC anesthesia | sedation
	| conscious sedation | IV sedation | anesthesia services | regional anesthesia | anaesthesia
	| local anesthesia
not = sedition

[surgical-facility]
name = surgical facility
category = surgery
aliases = ambulatory surgery center | surgery center | ASC | outpatient surgical center | hospital outpatient department
	| outpatient surgery facility | operating room

# Psychological

[cognitive-behavioral-therapy]
name = cognitive behavioral therapy
category = psychological
aliases = CBT | cognitive behavioural therapy | cognitive behavior therapy | cognitive therapy
	| cognitive behavioral psychotherapy | cognitive-behavioral therapy | cognitive behavioral treatment
	| behavioral therapy | cognitive behavioral | cognitive behavioural | cognitive-behavioural therapy
	| behavioral treatment | cognitive behavioral therapy (CBT) | cognitive behavior treatment
	| behavior therapy | behavioural therapy | behavioral intervention | behavioral interventions
	| cognitive behavioral therapies | CBT sessions

[psychotherapy]
alternatives = cognitive-behavioral-therapy | biofeedback | hypnotherapy | psychiatric-evaluation | psychological-testing
name = psychotherapy
category = psychological
aliases = individual psychotherapy | group psychotherapy | group therapy | counseling | psychological treatment
	| psychological counseling | talk therapy | supportive psychotherapy | individual therapy
	| mental health treatment | psychological therapy | psychological intervention | psychological services
	| psychological care | psychotherapeutic | mental health counseling | counselling 
	| psychological support | group counseling | family therapy | psychotherapies | psychological treatments
	| psychological interventions | behavioral health treatment | psychiatric treatment
not = consoling | countering

[biofeedback]
name = biofeedback
category = psychological
aliases = EMG biofeedback | biofeedback therapy | neurofeedback | biofeedback sessions | thermal biofeedback
	| biofeedback training

[psychological-testing]
name = psychological testing
category = psychological
aliases = psych testing | psychometric testing | neuropsychological testing | neuropsych testing
	| neuropsychological evaluation | psychological assessment | psychological evaluation | psych evaluation
	| psych eval | psychological eval | MMPI | MMPI-2 | psychological tests | psychodiagnostic testing
	| psychological testing and evaluation | psychometric tests | neuropsychological assessment
	| psychological screening | psychosocial evaluation | psychological evaluations | neuropsych evaluation
	| psychodiagnostic evaluation | comprehensive psychological testing | neuropsychology testing
	| BDI | BAI | Beck Depression Inventory | Beck Anxiety Inventory | psychological test

[psychiatric-evaluation]
name = psychiatric evaluation
category = psychological
aliases = psychiatric consultation | psychiatric consult | psychiatry consultation | psychiatrist
	| psychiatric follow-up | psychiatric visits | psychiatric care | psychiatry | psychiatric evaluations
	| psychiatric medication management | psychiatric referral | psych consult | psychiatry referral
	| psychologist | psychology consultation | psychological consultation | psychology referral
	| mental health evaluation | mental health consultation | psychology

[hypnotherapy]
name = hypnotherapy
category = psychological
aliases = hypnosis | relaxation training | relaxation therapy | stress management | pain psychology
	| mindfulness | EMDR | eye movement desensitization and reprocessing | DBT | dialectical behavior therapy
	| relaxation techniques | meditation | coping skills training | pain coping skills | self-regulatory treatments
not = mediation

[partial-hospitalization]
name = partial hospitalization program
category = psychological
aliases = partial hospitalization | PHP | day treatment | day treatment program | partial hospital program
	| intensive outpatient program | IOP | partial hospitalization day treatment | day program

[detoxification]
name = detoxification
category = psychological
aliases = detox | opioid detoxification | detoxification program | detox program | rapid detox
	| inpatient detoxification | outpatient detoxification | drug rehabilitation | substance abuse treatment
	| addiction treatment | opioid weaning program | weaning program | medication-assisted treatment
	| chemical dependency program

# Durable medical equipment

[tens]
alternatives = tens-supplies | interferential | nmes | h-wave | electrical-stimulation
name = TENS unit
category = dme
aliases = TENS | transcutaneous electrical nerve stimulation | transcutaneous electrical nerve stimulator
	| TENS device | tens unit | TENS units | TENS unit rental | TENS unit purchase | TENS trial
	| transcutaneous electrical nerve stimulation unit | transcutaneous electric nerve stimulation
	| TENS/EMS unit | TENS/EMS | EMS/TENS | EMS/TENS unit | dual TENS/EMS unit

[tens-supplies]
name = TENS supplies
category = dme
aliases = TENS patches | TENS pads | electrodes | electrode pads | batteries | TENS unit supplies | lead wires
	| TENS electrodes | electrode patches | conductive garment
not = bacterias | bakeries | battered | battering | batters | butterier | butteries | butteriest | electrons

[interferential]
name = interferential unit
category = dme
aliases = IF unit | interferential current stimulation | ICS | interferential stimulator | interferential therapy
	| IFC | interferential | interferential current | interferential stimulation | IF4000 | RS-4i
	| interferential current stimulator

[h-wave]
name = H-wave unit
category = dme
aliases = H-wave | H-wave device | home H-wave | H-wave stimulation | H wave | Hwave | H-wave therapy

[nmes]
name = neuromuscular electrical stimulator
category = dme
aliases = NMES | neuromuscular electrical stimulation | neuromuscular stimulator | EMS unit
	| muscle stimulator | EMS device | NMES unit | E-stim unit | estim unit
	| bone growth stimulator | bone stimulator | electrical bone growth stimulator | external bone growth stimulator
	| bone stimulation | Exogen | ultrasound bone stimulator | bone growth stimulation

[cold-therapy-unit]
name = cold therapy unit
category = dme
aliases = cold therapy | cryotherapy unit | cryotherapy | continuous-flow cryotherapy | cold compression unit
	| cold compression therapy | cold compression | ice machine | Cryo/Cuff | Cryocuff | Cryo-Cuff | Game Ready
	| Polar Care | Vascutherm | Vascutherm unit | hot/cold therapy unit | hot/cold compression unit
	| thermal compression unit | cold unit | cold water circulating unit | Iceman | cold therapy machine
	| continuous cold therapy | cryo unit | cold therapy device | Q-Tech | Q-Tech cold therapy | DVT/cold therapy unit
	| compression cryotherapy | cold therapy compression unit | ice unit | cryotherapy device | continuous flow cryotherapy
	| cold compression therapy unit | hot/cold compression therapy | thermo-compression unit | ThermoComp
	| vasopneumatic device | vasopneumatic | Vasotherm | VascuTherm 4

[hot-cold-wrap]
name = hot/cold wrap
category = dme
aliases = hot/cold therapy wrap | hot and cold wrap | cold wrap | ice wrap | heat wrap | ice pack | ice packs
	| heat pack | gel pack | gel packs | thermal wrap | heat therapy wrap
	| cold pack wrap | ThermaCare | heat wraps | cold therapy wrap | cold pad | ice bag

[heating-pad]
name = heating pad
category = dme
aliases = heat pad | heat therapy pad | heating pads | moist heating pad | electric heating pad | hot pad

[wrap]
name = wrap
category = dme
aliases = compression wrap | elastic wrap | Ace wrap | ACE bandage | elastic bandage | leg wraps | shoulder wrap
	| wraps | knee wrap | ankle wrap | back wrap | leg wrap | compression bandage | wrist wrap

[pad]
name = pad
category = dme
aliases = hip pad | pads | replacement pad | therapy pad | universal pad | knee pad | back pad | shoulder pad

[cpm]
name = continuous passive motion machine
category = dme
aliases = CPM | CPM machine | continuous passive motion | CPM device | CPM unit | continuous passive motion device

[traction-unit]
name = home traction unit
category = dme
aliases = traction unit | cervical traction unit | home cervical traction unit | over-the-door traction
	| pneumatic traction | Saunders traction | inversion table | home traction | traction device

[brace]
name = brace
category = dme
aliases = orthosis | orthotic brace | splint | splints | bracing | support brace | cock-up splint | immobilizer
	| knee immobilizer | shoulder immobilizer | hinged knee brace | unloader brace | thumb spica splint
	| spica splint | night splint | CAM boot | walking boot | boot | cast | casting
	| knee brace | wrist brace | elbow brace | ankle brace | shoulder brace | hand brace | thumb brace
	| wrist splint | hand splint | finger splint | elbow strap | counterforce brace | tennis elbow strap
	| patellar strap | knee sleeve | ankle support | wrist support | knee support | orthoses | braces
	| DonJoy | Aircast | ankle stirrup | posture brace | abduction brace
not = spline | split | sprint | sterilization

[back-support]
name = back support
category = dme
aliases = back brace | lumbar support | lumbar brace | LSO | lumbosacral orthosis | lumbar corset | corset
	| lumbar support belt | lumbosacral brace | TLSO | thoracolumbar orthosis | back belt
	| lumbar sacral orthosis | lumbar orthosis | thoracolumbosacral orthosis | lumbar binder | sacroiliac belt
	| SI belt | lumbar supports | back supports | lumbosacral support | back braces | spinal orthosis
not = cornet


[cervical-collar]
name = cervical collar
category = dme
aliases = neck brace | soft collar | hard collar | Aspen collar | Miami J collar | C-collar | collar
	| cervical orthosis | neck collar | cervical brace
not = cellar

[sling]
name = sling
category = dme
aliases = arm sling | shoulder sling | abduction sling | UltraSling | Ultra Sling | Slingshot | Slingshot sling
	| abduction pillow sling | sling with abduction pillow | gunslinger | shoulder immobilizer sling
	| Ultrasling IV | Ultra-sling | ultra sling | pillow sling | abduction sling with pillow | slings

[pillow]
name = pillow
category = dme
aliases = cervical pillow | wedge pillow | orthopedic pillow | abduction pillow | neck pillow | contour pillow
	| knee pillow | bed wedge | cervical pillows | foam wedge | body pillow | therapeutic pillow | lumbar pillow

[wheelchair]
name = wheelchair
category = dme
aliases = wheel chair | power wheelchair | motorized wheelchair | electric wheelchair | manual wheelchair
	| wheelchairs | transport chair | power chair | wheelchair rental

[scooter]
name = scooter
category = dme
aliases = knee scooter | knee walker | electric scooter | mobility scooter | power scooter | motorized scooter
	| roll-about | rollabout | knee roller | iWalk | hands free crutch
not = scooted | shooter

[walker]
name = walker
category = dme
aliases = front wheeled walker | rolling walker | four-wheeled walker | rollator | FWW | front-wheeled walker
	| wheeled walker | standard walker | walkers
not = wacker

[crutches]
name = crutches
category = dme
aliases = crutch | axillary crutches | forearm crutches | Lofstrand crutches
not = clutch | crotch | crunch

[cane]
name = cane
category = dme
aliases = quad cane | walking cane | canes | walking stick | single point cane

[commode]
name = commode
category = dme
aliases = bedside commode | 3-in-1 commode | three in one commode | raised toilet seat | toilet seat riser
	| toilet riser | shower chair | shower bench | tub transfer bench | bath bench | grab bars | grab bar
	| shower seat | bath chair | toilet safety frame | elevated toilet seat | commode chair | bath seat

[hospital-bed]
name = hospital bed
category = dme
aliases = adjustable bed | electric hospital bed | semi-electric hospital bed | specialty mattress | mattress
	| pressure mattress | air mattress | hospital beds | electric bed | trapeze | overbed table
	| mattress overlay | pressure relieving mattress | bed rail | bed rails

[hearing-aid]
name = hearing aids
category = dme
aliases = hearing aid | hearing device | hearing devices | bilateral hearing aids | hearing amplification

[medical-supplies]
name = medical supplies
category = dme
aliases = gloves | large gloves | hygiene wipes | wipes | wound care supplies | dressing supplies
	| dressings | bandages | incontinence supplies | diapers | chux | underpads | gauze | dressing
	| surgical supplies | catheters | urinary catheter | ostomy supplies | bandage | wound dressing
not = bondage | caterers | dippers | globes | groves | supplier | suppliers | underbids | undergrads | underlays | underpaid | underpants | underpass | underpay | underpays | underpins | underplays

[compression-device]
name = compression device
category = dme
aliases = compression stockings | compression garment | TED hose | TED stockings | compression socks
	| anti-embolism stockings | sequential compression device | SCD | SCDs | intermittent pneumatic compression
	| pneumatic compression device | DVT pump | DVT compression unit | DVT prophylaxis unit
	| DVT prevention unit | compression pump | compression sleeve | compression garments | compression hose
	| DVT unit | pneumatic compression | compression therapy | lymphedema pump

[orthotics]
name = orthotics
category = dme
aliases = foot orthotics | custom orthotics | shoe inserts | insoles | orthotic inserts | arch supports
	| heel cups | orthopedic shoes | custom-molded shoes | orthotic shoes | shoe orthotics | orthotic
	| custom foot orthotics | orthotic devices | heel lift | heel lifts | arch support | orthopedic footwear
	| diabetic shoes | custom insoles | heel cup | shoe lift

[exercise-equipment]
name = exercise equipment
category = dme
aliases = stationary bike | exercise bike | treadmill | home exercise kit | exercise ball | resistance bands
	| theraband | Thera-band | pulley | exercise kit | home gym | therapy putty | hand exerciser
	| over the door pulley | shoulder pulley | exercise bands | recumbent bike | elliptical | stability ball
	| Swiss ball | foam roller | dumbbells | exercise equipment purchase | home exercise equipment
not = puller | pullet

[adaptive-equipment]
name = adaptive equipment
category = dme
aliases = reacher | grabber | sock aid | long-handled sponge | ADL kit | hip kit | reacher/grabber
	| dressing stick | assistive devices | assistive device | adaptive devices | long handled shoe horn
	| ergonomic chair | ergonomic workstation | standing desk | ergonomic keyboard | lift chair | seat cushion
	| lumbar roll | coccyx cushion | donut cushion | ergonomic evaluation | ergonomic equipment
	| ergonomic assessment | voice recognition software | headset | ergonomic mouse
not = reached | reaches

[cpap]
name = CPAP
category = dme
aliases = CPAP machine | BiPAP | continuous positive airway pressure | CPAP device | APAP machine
	| oxygen | home oxygen | oxygen concentrator | nebulizer

[durable-medical-equipment]
name = durable medical equipment
category = dme
aliases = DME | medical equipment | durable equipment | home medical equipment
	| DME purchase | DME rental

[eyeglasses]
name = eyeglasses
category = dme
aliases = glasses | contact lenses | prescription glasses | spectacles | corrective lenses
not = eyelashes | gasses | glosses | grasses

[prosthesis]
name = prosthesis
category = dme
aliases = prosthetic | artificial limb | prosthetic device | prosthetics | prosthetic limb | myoelectric prosthesis
not = prophetic

# Home health

[home-health-aide]
name = home health aide
category = home-health
aliases = home health care | home health | home health services | home aide | HHA | home care | in-home care
	| home health visits | home assistance | attendant care | caregiver | personal care attendant
	| home attendant | housekeeping | homemaker services | chore services | IHSS | home help
	| in-home supportive services | home care assistance | home health assistance | aide
	| home health evaluation | homecare | home healthcare | home health aid | personal care assistance
	| home health agency | home health care services | in home care | caretaker

[nurse-visit]
name = nurse visit
category = home-health
aliases = nursing visit | RN visit | RN | registered nurse | skilled nursing visit | home nurse | nurse
	| visiting nurse | wound care nurse | nursing care | LVN | home nursing | skilled nursing | nursing visits
	| home health nursing | RN visits | licensed vocational nurse | nursing services | nursing
	| skilled nursing visits | private duty nursing | home nurse visits | nurse visits

[wound-care]
name = wound care
category = home-health
aliases = wound check | dressing change | dressing changes | wound management | wound vac | wound VAC
	| negative pressure wound therapy | NPWT | wound care services | incision care

[case-management]
name = nurse case manager
category = other
aliases = case manager | case management | nurse case management | medical case management | NCM

# Inpatient

[inpatient-rehabilitation]
name = inpatient rehabilitation
category = inpatient
aliases = acute rehabilitation | acute rehabilitation unit | acute inpatient rehabilitation | inpatient rehab
	| ARU | acute rehab | IRF | inpatient rehabilitation facility | rehabilitation unit | rehab unit
	| acute rehab unit | inpatient physical therapy | rehabilitation hospital | acute inpatient rehab
	| inpatient rehabilitation program | rehabilitation facility

[skilled-nursing-facility]
name = skilled nursing facility
category = inpatient
aliases = SNF | skilled nursing facility stay | nursing home | nursing facility | subacute rehabilitation
	| sub-acute rehab | sub-acute rehabilitation | transitional care unit | long term acute care | LTAC | LTACH
	| subacute rehab | skilled nursing facilities | extended care facility | assisted living
	| assisted living facility | residential care | board and care

[inpatient-stay]
alternatives = inpatient-rehabilitation | skilled-nursing-facility
name = inpatient stay
category = inpatient
aliases = inpatient hospital stay | hospital stay | inpatient admission | hospitalization | inpatient hospitalization
	| overnight stay | length of stay | hospital admission | inpatient days
	| inpatient care | hospital days | observation stay | overnight hospital stay | hospital inpatient

[emergency-room]
name = emergency room visit
category = evaluation-management
aliases = emergency room | ER visit | emergency department | ED visit | urgent care | emergency department visit
	| urgent care visit | emergency care | emergency visit | emergency services

# Evaluation and management

[consultation]
alternatives = specialist-consultation | internal-medicine-consultation | neurology-consultation | neurosurgical-consultation | orthopedic-consultation | pain-management-consultation | physiatry-consultation | psychiatric-evaluation | office-visit | transfer-of-care | medical-clearance
name = consultation
category = evaluation-management
aliases = consult | referral | specialist consultation | specialty consultation 
	| evaluation and treatment | evaluate and treat | referral to specialist | second opinion
	| specialist referral | consultations | consults | referrals | specialist evaluation | specialist
	| outside consultation | consultative | consultation and treatment
	| second opinion consultation | specialty referral
not = consolations | consummations | evacuation | evacuations | evolution | exaltation | socialist | specialize | specials

[orthopedic-consultation]
name = orthopedic consultation
category = evaluation-management
aliases = orthopedic surgeon consultation | ortho consult | orthopedic evaluation | orthopedic surgeon
	| orthopedist | ortho | orthopedic referral | orthopaedic consultation | orthopaedic surgeon 
	| orthopedic surgery consultation | ortho spine surgeon | spine surgeon
	| spine specialist | spinal surgeon | orthopedic spine surgeon | hand surgeon | hand specialist
	| foot and ankle surgeon | sports medicine | orthopedic follow-up | orthopedic spine 
	| spine surgery evaluation | spine surgery consultation | surgical consultation | surgical evaluation
	| surgeon | surgical consult
not = sturgeon

[neurosurgical-consultation]
name = neurosurgical consultation
category = evaluation-management
aliases = neurosurgeon | neurosurgery consultation | neurosurgery consult | neurosurgical evaluation
	| neurosurgeon evaluation | neurosurgical referral | neurosurgery | neurosurgeon consultation
	| neurosurgical

[neurology-consultation]
name = neurology consultation
category = evaluation-management
aliases = neurologist | neurological consultation | neurology consult | neurology evaluation 
	| neurology referral | neuro consult | neurologic consultation
	| neurologist consultation | neuro-ophthalmology

[pain-management-consultation]
name = pain management consultation
category = evaluation-management
aliases = pain management | pain specialist | pain management evaluation | pain management referral
	| pain medicine | pain management specialist | pain clinic | pain consultation | pain management consult
	| pain medicine consultation | pain physician | interventional pain management | pain management physician
	| pain management follow-up | pain medicine specialist

[physiatry-consultation]
name = physiatry consultation
category = evaluation-management
aliases = physiatrist | physiatry | PM&R | PM&R consultation
	| physiatry evaluation | physiatrist consultation | PM and R | physical medicine and rehabilitation consultation
	

[internal-medicine-consultation]
name = internal medicine consultation
category = evaluation-management
aliases = internist | primary care | primary care physician | PCP 
	| general practitioner | internal medicine evaluation | internal medicine referral 
	| internal medicine follow-up | hospitalist
not = interdict | interest | internet

[specialist-consultation]
name = medical specialist consultation
category = evaluation-management
aliases = rheumatologist | rheumatology | podiatrist | podiatry | cardiologist | cardiology | gastroenterologist
	| gastroenterology | GI consult | sleep specialist | sleep medicine | ENT | otolaryngologist | otolaryngology
	| ophthalmologist | ophthalmology | optometrist | optometry | dermatologist | dermatology | urologist
	| urology | general surgeon | plastic surgeon | plastic surgery | vascular surgeon | endocrinologist
	| endocrinology | infectious disease | pulmonologist | pulmonology | hematologist | nephrologist
	| toxicologist | toxicology consultation | addiction medicine | addiction specialist | otologist
	| audiologist | neuro-otologist | neuro-otology | podiatric | hepatologist | oncologist | allergist
	| ENT consultation | ophthalmology consultation | cardiology consultation | dental consultation
	| podiatry consultation | rheumatology consultation | sleep medicine consultation | gastroenterology consultation
not = allergic | allergies | pediatric | pediatrics | pediatrist | pediatrists

[office-visit]
alternatives = medication-management | examination | specialist-consultation
name = office visit
category = evaluation-management
aliases = follow-up visit | follow up visit | follow-up office visit | follow up office visit | follow-up | follow up
	| office visits | outpatient visit | clinic visit | return visit | re-evaluation | reevaluation | recheck
	| doctor visit | physician visit | evaluation and management | E&M | E/M | follow-up visits | office follow-up
	| follow-up evaluation | follow up evaluation | physician follow-up | medical follow-up | followup
	| follow-ups | monthly visits | office consultation | treating physician visits | follow up visits
	| telemedicine | telehealth

[examination]
name = examination
category = evaluation-management
aliases = exam | physical exam | physical examination | initial exam | initial examination | initial evaluation
	| comprehensive exam | new patient evaluation | history and physical | H&P | re-exam | reexamination
	| examinations | exams | comprehensive examination | physical examinations | initial consultation
	| new patient visit | initial visit | comprehensive evaluation | medical evaluation | medical examination
not = eliminations


[transfer-of-care]
name = transfer of care
category = evaluation-management
aliases = TOC | transfer care | treatment transfer | transfer of treatment | change of physician
	| change of treating physician | transfer of care to | new treating physician

[medical-clearance]
name = medical clearance
category = evaluation-management
aliases = preoperative medical clearance | pre-op clearance | preop clearance | pre-operative clearance
	| pre-operative medical clearance | surgical clearance | preoperative clearance | clearance | cardiac clearance
	| pre-op evaluation | preoperative evaluation | pre-operative evaluation | pre-op H&P | pre-op medical clearance
	| preoperative medical evaluation | medical clearance evaluation | preoperative testing | pre-operative testing
	| pre-op testing | preop testing | pre-op workup | preoperative workup | preop medical clearance
	| pre-operative history and physical | preoperative history and physical | internal medicine clearance

[medication-management]
name = medication management
category = evaluation-management
aliases = med management | medication monitoring | medication review | medication management visits
	| medication check | medication refills | pharmacological management
	| pharmacologic management | medication consultation | pharmacist consultation

[qme]
name = medical-legal evaluation
category = evaluation-management
aliases = qualified medical evaluation | QME | AME | agreed medical evaluation | independent medical evaluation
	| IME | panel QME | medical legal evaluation | PQME | independent medical examination

[functional-capacity-evaluation]
name = functional capacity evaluation
category = evaluation-management
aliases = FCE | functional capacity exam | functional capacity evaluations | functional capacity testing
	| functional capacity assessment | physical performance evaluation | work capacity evaluation
	| fitness for duty evaluation | functional evaluation

[range-of-motion-testing]
name = computerized range of motion testing
category = evaluation-management
aliases = computerized range of motion | computerized muscle testing | range of motion testing | ROM testing
	| muscle testing | computerized ROM | computerized strength testing | isokinetic testing
	| range of motion and muscle testing | ROM and muscle testing | grip strength testing | Jamar testing
	| computerized muscle strength testing | flexibility testing

# Transportation

[transportation]
name = transportation
category = transportation
aliases = transport | medical transportation | non-emergency medical transportation | NEMT | taxi | ambulance
	| ambulance transport | van transportation | wheelchair van | door-to-door transportation
	| transportation services | transportation to and from | transportation to/from | medical transport
	| round trip transportation | mileage | transportation assistance | car service | Uber | Lyft
	| ambulance services | medical transportation services | paratransit
not = ambiance | millage | transform | transpire | transpose

# Other

[gym-membership]
name = gym membership
category = other
aliases = gym | health club membership | YMCA membership | fitness membership | pool membership | gym memberships
	| fitness center | health club | YMCA | fitness club | gym access | pool access | swimming pool

[weight-loss-program]
name = weight loss program
category = other
aliases = weight reduction program | Weight Watchers | Medifast | nutritional counseling | weight management program
	| nutrition consultation | dietary consultation | dietician | dietitian | nutritionist | weight loss
	| bariatric | bariatric surgery | gastric bypass | lap band | weight management | Nutrisystem
	| Jenny Craig | nutritional consultation | weight loss management
not = barbaric

[interpreter]
name = interpreter services
category = other
aliases = interpreter | translation services | translator | interpreting services | language interpreter
not = transaction

[hot-tub]
name = hot tub
category = other
aliases = jacuzzi | whirlpool | home spa | sauna | whirlpool bath | hydrotherapy tub

[dental-treatment]
name = dental treatment
category = other
aliases = dental work | dental implants | dental care | dental evaluation | dentist | dental | dental treatment plan
	| crowns | root canal | dental crowns | dentures | dental restoration | dental repair | night guard
	| mouth guard | occlusal splint | oral appliance | mandibular advancement device | dental splint
not = clowns | croons | crowds | crows | denatures | denial

[vocational-rehabilitation]
name = vocational rehabilitation
category = other
aliases = vocational retraining | job retraining | vocational counseling | supplemental job displacement
	| job placement | return to work program | vocational training

[home-modification]
name = home modification
category = other
aliases = home modifications | vehicle modification | vehicle modifications | wheelchair ramp
	| stair lift | stairlift | bathroom modification | hand controls | handicap accessible
	| home remodeling | housing modification | vehicle lift

[medical-records]
name = medical records review
category = other
aliases = records review | record review | medical record review | review of records | chart review
	| medical report | narrative report
